// Heap snapshots over CDP, summarised: self size and count per constructor (or node type), and
// strings whose exact text occurs many times (a sign of per-instance copies of the same data).

/** Takes a heap snapshot of `page` after forced GC; resolves to the parsed snapshot object. */
export async function takeSnapshot(page) {
  const cdp = await page.createCDPSession();
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  await cdp.detach();
  return JSON.parse(chunks.join(''));
}

/** Map(key → { count, size }) where key is "type:name" (objects by constructor). Also string texts. */
export function summarize(snapshot) {
  const { meta } = snapshot.snapshot;
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const nodes = snapshot.nodes;
  const strings = snapshot.strings;
  const byKey = new Map();
  const texts = new Map();
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + iType]];
    const name = strings[nodes[i + iName]];
    const size = nodes[i + iSize];
    let key;
    if (type === 'object' || type === 'closure' || type === 'native') key = `${type}:${name}`;
    else if (type === 'string' || type === 'concatenated string' || type === 'sliced string') {
      key = '(strings)';
      const t = texts.get(name) ?? { count: 0, size: 0 };
      t.count++;
      t.size += size;
      texts.set(name, t);
    } else key = `(${type})`;
    const e = byKey.get(key) ?? { count: 0, size: 0 };
    e.count++;
    e.size += size;
    byKey.set(key, e);
  }
  return { byKey, texts };
}

/** Per-copy growth between two summaries: [{ key, count, size }] sorted by size, divided by `copies`. */
export function diff(base, loaded, copies) {
  const rows = [];
  for (const [key, v] of loaded.byKey) {
    const b = base.byKey.get(key) ?? { count: 0, size: 0 };
    rows.push({ key, count: (v.count - b.count) / copies, size: (v.size - b.size) / copies });
  }
  return rows.sort((a, b) => b.size - a.size);
}

/** Strings with the same text at least `min` times more than in `base`: candidates for per-copy duplicates. */
export function duplicatedStrings(base, loaded, min) {
  const rows = [];
  for (const [text, v] of loaded.texts) {
    const b = base.texts.get(text) ?? { count: 0, size: 0 };
    const extra = v.count - b.count;
    if (extra >= min) rows.push({ text, extra, size: v.size - b.size });
  }
  return rows.sort((a, b) => b.size - a.size);
}
