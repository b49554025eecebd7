// Render time in Chromium: K copies of each element against the static twin, each load cold in a
// fresh browser context, widgets and twin alternating which goes first; the ratio is taken within
// each run (the two loads are adjacent, so machine drift cancels) and its median reported. The
// heap (after forced GC) is read on the same loads at the heap page sizes (see heap.mjs).
import { heapOf } from '../lib/browser.mjs';
import { staticPage, widgetPage } from '../lib/pages.mjs';
import { fmt, median, spread } from '../lib/stats.mjs';

export const name = 'render';
export const browser = 'chromium';

const RATIO_100 = 1.15;
const LONGEST_TASK_100 = 50;

/** Writes the K-copy widget and twin pages; returns their URLs. */
export function pagesFor(ctx, k) {
  return {
    wUrl: ctx.writePage(`widgets-${k}.html`, widgetPage(k)),
    sUrl: ctx.writePage(`static-${k}.html`, staticPage(k, ctx.twin, ctx.opts.twinCss)),
  };
}

/** `runs` alternating pairs of cold loads through `load(url, opts)`; the row the tables print. */
export async function measurePairs(load, { wUrl, sUrl }, runs, { after, onError } = {}) {
  const w = [];
  const s = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['s', 'w'] : ['w', 's'];
    for (const which of order) {
      const r = await load(which === 'w' ? wUrl : sUrl, { after });
      if (r.errors.length && which === 'w') onError?.(r.errors);
      (which === 'w' ? w : s).push(r);
    }
  }
  const ratios = w.map((r, i) => r.rendered / s[i].rendered);
  return {
    w,
    s,
    row: {
      runs,
      widgets: median(w.map((r) => r.rendered)),
      static: median(s.map((r) => r.rendered)),
      ratio: median(ratios),
      ratioOfMedians: median(w.map((r) => r.rendered)) / median(s.map((r) => r.rendered)),
      pairedRatio: { median: median(ratios), ...spread(ratios) },
      widgetsSpread: spread(w.map((r) => r.rendered)),
      staticSpread: spread(s.map((r) => r.rendered)),
      widgetsReady: median(w.map((r) => r.ready)),
      widgetsFcp: median(w.map((r) => r.fcp)),
      staticFcp: median(s.map((r) => r.fcp)),
      longestWidgets: median(w.map((r) => r.longest)),
      longestWidgetsMax: Math.max(...w.map((r) => r.longest)),
      longestStatic: median(s.map((r) => r.longest)),
    },
  };
}

const heapMedian = (xs) => ({
  js: median(xs.map((x) => x.js)),
  embedder: median(xs.map((x) => x.embedder)),
  nodes: median(xs.map((x) => x.nodes)),
});

export async function run(ctx) {
  const { opts } = ctx;
  const rows = [];
  for (const k of opts.copies) {
    const runs = k >= 1000 ? opts.runs1000 : opts.runs;
    const urls = pagesFor(ctx, k);
    // Heap is read after the timing is taken (forced GC cannot disturb it), on the same loads.
    const after = opts.heapCopies.includes(k) ? heapOf : undefined;
    let pairs;
    try {
      pairs = await measurePairs(ctx.load, urls, runs, {
        after,
        onError: (e) => ctx.log(`  page errors on widgets-${k}: ${e.slice(0, 3).join(' | ')}`),
      });
    } catch (e) {
      // A page size the machine cannot load in time (1,000 copies on a busy machine) loses its row only.
      const error = String(e?.message ?? e).split('\n')[0];
      ctx.log(`render ${k} failed: ${error}`);
      rows.push({ copies: k, runs, error });
      continue;
    }
    const { w, s, row } = pairs;
    rows.push({
      copies: k,
      ...row,
      pageBytes: { widgets: Buffer.byteLength(widgetPage(k)), static: Buffer.byteLength(staticPage(k, ctx.twin, opts.twinCss)) },
      heap: after && { widgets: heapMedian(w.map((r) => r.extra)), static: heapMedian(s.map((r) => r.extra)) },
    });
    ctx.log(
      `render ${k}: widgets ${fmt(row.widgets)} ms, static ${fmt(row.static)} ms, ratio ${fmt(row.ratio, 2)} (runs ${fmt(row.pairedRatio.min, 2)}–${fmt(row.pairedRatio.max, 2)}), longest task ${fmt(row.longestWidgets)} ms`,
    );
  }
  return rows;
}

export function budget(rows) {
  const r100 = rows.find((x) => x.copies === 100);
  return [
    {
      name: 'render time, 100 copies, widgets/static, Chromium',
      limit: `≤ ${RATIO_100}×`,
      value: `${fmt(r100?.ratio, 2)}×`,
      pass: r100?.ratio <= RATIO_100,
      miss: r100?.error
        ? `failed: ${r100.error}`
        : r100
          ? r100.ratio > RATIO_100
            ? `${fmt(r100.ratio - RATIO_100, 2)}× over (${fmt(r100.widgets - RATIO_100 * r100.static, 0)} ms)`
            : ''
          : 'not measured (--copies without 100)',
    },
    {
      name: 'longest main-thread task, 100 copies',
      limit: `≤ ${LONGEST_TASK_100} ms`,
      value: `${fmt(r100?.longestWidgets, 0)} ms (median of ${r100?.runs ?? 0} runs; worst ${fmt(r100?.longestWidgetsMax, 0)})`,
      pass: r100?.longestWidgets <= LONGEST_TASK_100,
      miss: r100
        ? r100.longestWidgets > LONGEST_TASK_100
          ? `${fmt(r100.longestWidgets - LONGEST_TASK_100, 0)} ms over`
          : ''
        : 'not measured',
    },
  ];
}
