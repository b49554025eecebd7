#!/usr/bin/env node
// `node bench/profile.mjs`: why the figures are what they are. Not part of `npm run bench`.
//
//   1. size: a production drop-in built with source maps (bench/results/profile/size-build/),
//      its bytes attributed to source files (raw and gzip of each file's share);
//   2. cpu: a readable drop-in (same config, not minified, source maps; profile-build/), loaded
//      with K copies of each element (--copies, default 10) under the V8 CPU profiler, several
//      times (--runs, default 3): self and total time per function, mapped to src/ lines;
//   3. trace: a Chrome trace of the same page: what the longest main-thread task spends its time
//      on (script, style, layout, paint, GC), and every task over 50 ms;
//   4. coverage: how much of the shipped drop-in's JS and CSS a one-copy page uses;
//   5. heap: snapshots of the readable build with 0 and --heap-copies (default 100) copies each;
//      growth per element copy by constructor, and strings duplicated once per copy.
//
// Artifacts (open them in Chrome DevTools): bench/results/profile/*.cpuprofile, trace.json,
// *.heapsnapshot is not kept (large); the summary is printed.
//   node bench/profile.mjs [--copies 10] [--runs 3] [--heap-copies 100] [--only size,cpu,trace,coverage,heap]
//   [--page FILE.html]  profile that page (relative to the repo) instead of the generated one
//   [--tag dose-range]  3 × --copies of that element only
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium, newPage as freshPage, rendererTasks } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { measure } from './lib/sizes.mjs';
import { fmt, pad } from './lib/stats.mjs';
import { SNIPPET, widgetPage } from './lib/pages.mjs';
import { bytesBySource, readMap } from './lib/sourcemap.mjs';
import { diff, duplicatedStrings, summarize, takeSnapshot } from './lib/heapsnapshot.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/results/profile');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const COPIES = Number(option('--copies', 10));
const RUNS = Number(option('--runs', 3));
const HEAP_COPIES = Number(option('--heap-copies', 100));
const ONLY = option('--only', 'size,cpu,trace,coverage,heap').split(',');
const PAGE = option('--page', null);
// --tag dose-range: copies of that element only (as the README snippet writes it).
const TAG = option('--tag', null);
const ELEMENTS = TAG ? SNIPPET.filter((e) => e.startsWith(`<${TAG}`)).flatMap((e) => [e, e, e]) : SNIPPET;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

const gz = (s) => measure(Buffer.from(s)).gzip;
const short = (src) =>
  (src ?? '')
    .replace(/^.*node_modules\//, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(/^.*?\bsrc\//, 'src/');

async function viteBuild(outDir, { minify, sourcemap, devLit = false }) {
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
    // Lit's development build keeps its class names (ChildPart, TemplateInstance…) for heap snapshots.
    ...(devLit ? { resolve: { conditions: ['module', 'browser', 'development'] } } : {}),
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap,
      ...(minify ? {} : { rolldownOptions: { output: { minify: false } } }),
    },
  });
}

// ------------------------------------------------------------------ 1. size
async function sizeBreakdown() {
  const dir = path.join(OUT, 'size-build');
  await viteBuild(dir, { minify: true, sourcemap: true });
  const file = path.join(dir, 'ketamine-widgets.js');
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const per = bytesBySource(code, map);
  const rows = [...per].map(([src, text]) => ({ src: short(src), raw: text.length, gzip: gz(text) })).sort((a, b) => b.raw - a.raw);
  // Groups: what a fix would move.
  const group = (r) =>
    /^lit-html|^@lit|^lit-element|^lit\//.test(r.src)
      ? 'Lit runtime'
      : /\.styles\.ts$|internal\/styles\.ts$/.test(r.src)
        ? 'CSS (css`` literals)'
        : /\.strings\.ts$|internal\/strings\.ts$/.test(r.src)
          ? 'UI strings'
          : /\.json$/.test(r.src)
            ? 'dataset JSON'
            : r.src === '(unmapped)'
              ? '(unmapped: JSON data, whitespace, glue)'
              : 'element and helper code';
  const groups = new Map();
  for (const r of rows) {
    const g = group(r);
    groups.set(g, (groups.get(g) ?? '') + per.get(r.src === '(unmapped)' ? '(unmapped)' : [...per.keys()].find((k) => short(k) === r.src)));
  }
  console.log(
    `\nSIZE: production drop-in ${code.length.toLocaleString()} B raw, ${gz(code).toLocaleString()} B gzip; each source's share (gzip of the share alone, so shares sum to more than the whole)`,
  );
  console.log(`${pad('raw', 8)} ${pad('gzip', 7)}  source`);
  for (const r of rows.slice(0, 30)) console.log(`${pad(r.raw.toLocaleString(), 8)} ${pad(r.gzip.toLocaleString(), 7)}  ${r.src}`);
  console.log('by kind:');
  for (const [g, text] of [...groups].sort((a, b) => b[1].length - a[1].length))
    console.log(`${pad(text.length.toLocaleString(), 8)} ${pad(gz(text).toLocaleString(), 7)}  ${g}`);
  // Template literal whitespace that a minifier for html``/css`` would remove.
  const literals = [...code.matchAll(/`((?:[^`\\]|\\.)*)`/gs)].map((m) => m[1]);
  const lit = literals.join('');
  const collapsed = lit.replace(/\s+/g, ' ');
  console.log(
    `template literals: ${lit.length.toLocaleString()} B raw; with runs of whitespace collapsed ${collapsed.length.toLocaleString()} B (${(lit.length - collapsed.length).toLocaleString()} B raw saved)`,
  );
}

// ------------------------------------------------------------------ helpers for the browser parts
let server;
let browser;

const newPage = () => freshPage(browser);

function pageUrl(name, html) {
  writeFileSync(path.join(OUT, name), html);
  return `${server.origin}/bench/results/profile/${name}`;
}

const readableSrc = '/bench/results/profile/profile-build/ketamine-widgets.js';

// ------------------------------------------------------------------ 2. cpu
async function cpuProfile() {
  const url = PAGE
    ? `${server.origin}/${PAGE}`
    : pageUrl(`cpu-${COPIES}.html`, widgetPage(COPIES, { src: readableSrc, elements: ELEMENTS }));
  const map = readMap(JSON.parse(readFileSync(path.join(OUT, 'profile-build/ketamine-widgets.js.map'), 'utf8')));
  const self = new Map();
  const total = new Map();
  let sampled = 0;
  for (let run = 0; run < RUNS; run++) {
    const { page, context } = await newPage();
    // Start on the same origin so the navigation stays in this renderer and the profiler session.
    await page.goto(`${server.origin}/bench/results/profile/blank.html`);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__benchDone);
    const { profile } = await cdp.send('Profiler.stop');
    if (run === 0) writeFileSync(path.join(OUT, `widgets-${COPIES}.cpuprofile`), JSON.stringify(profile));
    await context.close();
    // Self time per node from samples; total time by walking up parents.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
    const label = (n) => {
      const f = n.callFrame;
      if (!f.url) return f.functionName || '(program)';
      const pos = f.url.endsWith('ketamine-widgets.js') ? map.lookup(f.lineNumber, f.columnNumber) : null;
      const where = pos ? `${short(pos.source)}:${pos.line}` : `${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      return `${f.functionName || '(anonymous)'} ${where}`;
    };
    for (const [id, ms] of dt) {
      const n = byId.get(id);
      sampled += ms;
      self.set(label(n), (self.get(label(n)) ?? 0) + ms);
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const l = label(byId.get(cur));
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + ms);
      }
    }
  }
  const per = (ms) => ms / RUNS;
  console.log(
    `\nCPU: ${PAGE ?? `${COPIES} copies of ${TAG ? `3 × <${TAG}>` : 'each element'}`}, readable build, ${RUNS} runs, ${fmt(per(sampled), 0)} ms sampled per run (mean per run below)`,
  );
  console.log('self time');
  for (const [l, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${pad(fmt(per(ms)), 8)} ms  ${l}`);
  console.log('total time (functions in src/ and Lit)');
  for (const [l, ms] of [...total]
    .filter(([l]) => / (src|lit-html|@lit|lit-element|reactive-element)/.test(l))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40))
    console.log(`${pad(fmt(per(ms)), 8)} ms  ${l}`);
}

// ------------------------------------------------------------------ 3. trace
async function traceBreakdown() {
  const url = PAGE ? `${server.origin}/${PAGE}` : pageUrl(`trace-${COPIES}.html`, widgetPage(COPIES, { elements: ELEMENTS }));
  const { page, context } = await newPage();
  await page.tracing.start({
    // Light categories: the heavier ones ('v8', 'blink', GC detail) slow the page down noticeably.
    categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.__benchDone);
  const buf = await page.tracing.stop();
  await context.close();
  writeFileSync(path.join(OUT, 'trace.json'), buf);
  const events = JSON.parse(Buffer.from(buf).toString('utf8')).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const onMain = (e) => mains.includes(`${e.pid}:${e.tid}`);
  const complete = events.filter((e) => e.ph === 'X' && onMain(e) && e.dur !== undefined);
  // One event per task: ThreadControllerImpl::RunTask (toplevel), which RunTask would duplicate.
  const tasks = rendererTasks(events).sort((a, b) => b.dur - a.dur);
  const long = tasks.filter((t) => t.dur > 50_000);
  console.log(
    `\nTRACE: ${PAGE ?? `${COPIES} copies of each element, production drop-in`}; tasks over 50 ms (wall/CPU): ${long.map((t) => `${fmt(t.dur / 1000, 0)}/${fmt(t.tdur / 1000, 0)} ms`).join(', ') || 'none'}`,
  );
  for (const task of long.slice(0, 3)) {
    const inside = complete
      .filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Self time per event name: each event's duration minus its direct children's.
    const selfBy = new Map();
    const st = [];
    const records = [];
    for (const e of inside) {
      while (st.length && st.at(-1).end <= e.ts) records.push(st.pop());
      const r = { name: e.name, end: e.ts + e.dur, self: e.dur };
      if (st.length) st.at(-1).self -= e.dur;
      st.push(r);
    }
    records.push(...st);
    for (const r of records) selfBy.set(r.name, (selfBy.get(r.name) ?? 0) + r.self);
    const covered = records.reduce((a, r) => a + r.self, 0);
    selfBy.set('(task, unattributed)', task.dur - covered);
    console.log(
      `task of ${fmt(task.dur / 1000)} ms (CPU ${fmt(task.tdur / 1000)} ms) at ${fmt((task.ts - events.find((e) => e.name === 'navigationStart' && onMain(e))?.ts) / 1000 || 0)} ms; self time by trace event:`,
    );
    for (const [name, us] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 14))
      if (us > 200) console.log(`${pad(fmt(us / 1000), 8)} ms  ${name}`);
  }
}

// ------------------------------------------------------------------ 4. coverage
async function coverage() {
  const url = pageUrl('coverage-1.html', widgetPage(1));
  const { page, context } = await newPage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
  await page.coverage.startCSSCoverage({ resetOnNavigation: false });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.__benchDone);
  const js = await page.coverage.stopJSCoverage();
  await page.coverage.stopCSSCoverage();
  await context.close();
  console.log('\nCOVERAGE at load, one copy of each element, production drop-in (byte ranges executed)');
  for (const entry of js.filter((e) => e.url.includes('/dist/'))) {
    const used = entry.ranges.reduce((a, r) => a + r.end - r.start, 0);
    console.log(
      `${pad(used.toLocaleString(), 8)} of ${pad(entry.text.length.toLocaleString(), 8)} B used (${fmt((100 * used) / entry.text.length, 0)} %)  ${new URL(entry.url).pathname}`,
    );
  }
  console.log('(constructable stylesheets from css`` literals are not reported by CSS coverage)');
}

// ------------------------------------------------------------------ 5. heap
async function heap() {
  const snap = async (k) => {
    const url = pageUrl(`heap-${k}.html`, widgetPage(k, { src: '/bench/results/profile/heap-build/ketamine-widgets.js' }));
    const { page, context } = await newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__benchDone);
    const s = summarize(await takeSnapshot(page));
    await context.close();
    return s;
  };
  const base = await snap(0);
  const loaded = await snap(HEAP_COPIES);
  const copies = 3 * HEAP_COPIES;
  const rows = diff(base, loaded, copies);
  const js = rows.filter((r) => !r.key.startsWith('native:'));
  const native = rows.filter((r) => r.key.startsWith('native:'));
  const total = (xs) => Math.round(xs.reduce((a, r) => a + r.size, 0)).toLocaleString();
  console.log(
    `\nHEAP: growth per element copy, ${HEAP_COPIES} copies of each element vs none (build with Lit's development classes for names)`,
  );
  console.log(`JS objects: ${total(js)} B per copy`);
  console.log(`${pad('bytes', 9)} ${pad('count', 7)}  constructor`);
  for (const r of js.slice(0, 20)) console.log(`${pad(Math.round(r.size).toLocaleString(), 9)} ${pad(fmt(r.count), 7)}  ${r.key}`);
  console.log(`Blink objects (DOM, style, layout): ${total(native)} B per copy; DOM nodes by kind:`);
  for (const r of native.filter((x) => /native:(Comment|Text|HTML\w*Element|SVG\w*Element|ShadowRoot)$/.test(x.key)).slice(0, 10))
    console.log(`${pad(Math.round(r.size).toLocaleString(), 9)} ${pad(fmt(r.count), 7)}  ${r.key}`);
  const dups = duplicatedStrings(base, loaded, HEAP_COPIES);
  const dupBytes = dups.reduce((a, d) => a + d.size, 0);
  console.log(
    `strings whose exact text was created once per copy or more: ${dups.length}, ${Math.round(dupBytes / copies).toLocaleString()} B per element copy; largest:`,
  );
  for (const d of dups.slice(0, 15))
    console.log(
      `${pad(Math.round(d.size / copies).toLocaleString(), 9)} B/copy ×${pad(fmt(d.extra / HEAP_COPIES, 1), 5)} per copy of each  ${JSON.stringify(d.text.slice(0, 90))}`,
    );
}

// ------------------------------------------------------------------ main
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'blank.html'), '<!doctype html><title>blank</title>');
if (ONLY.includes('size')) await sizeBreakdown();
if (ONLY.includes('cpu')) await viteBuild(path.join(OUT, 'profile-build'), { minify: false, sourcemap: true });
if (ONLY.includes('heap')) await viteBuild(path.join(OUT, 'heap-build'), { minify: false, sourcemap: false, devLit: true });
if (ONLY.some((o) => ['cpu', 'trace', 'coverage', 'heap'].includes(o))) {
  server = await startServer(ROOT);
  browser = await launchChromium(CHROME);
  try {
    // Warm-up: the first load after launch is slow for reasons unrelated to the page.
    const { page, context } = await newPage();
    await page.goto(pageUrl('warm.html', widgetPage(1)), { waitUntil: 'load' });
    await context.close();
    if (ONLY.includes('cpu')) await cpuProfile();
    if (ONLY.includes('trace')) await traceBreakdown();
    if (ONLY.includes('coverage')) await coverage();
    if (ONLY.includes('heap')) await heap();
  } finally {
    await browser.close();
    await server.close();
  }
}
