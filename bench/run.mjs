#!/usr/bin/env node
// `npm run bench`: builds, then measures the drop-in against the floor (the same content as
// static HTML) in headless Chromium, and prints one table. See bench/README.md.
//
//   npm run bench                       build + every measurement, 5 runs each (1,000 copies: 1)
//   npm run bench -- --check            also check the budgets; exit 1 when one is missed
//   npm run bench -- --runs 9           more runs per scenario
//   npm run bench -- --json FILE        also write the results to FILE
//   npm run bench -- --no-build         measure the dist/ that is there
//   npm run bench -- --no-lighthouse    skip Lighthouse
//   npm run bench -- --copies 1,10,100  other page sizes (the budgets need 10 and 100)
//   npm run bench -- --twin-css inline  static twin with each sheet as <style> in every shadow root
//   npm run bench -- --runs-1000 3      more runs of the 1,000-copy pair (35 s each)
//   npm run bench -- --cls-delay 3000   how late the drop-in answers on the CLS page
//
// Results also go to bench/results/latest.json (git-ignored), with the generated pages in
// bench/results/pages/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from './lib/server.mjs';
import { collectSizes, hasZod } from './lib/sizes.mjs';
import { TAGS, clsPage, describeElements, serializeTwin, staticPage, twinElementHtml, widgetPage } from './lib/pages.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { CHROMIUM_FLAGS } from '../scripts/chromium-flags.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('--runs', 5)) || 5);
const RUNS_1000 = Math.max(1, Math.min(RUNS, Number(option('--runs-1000', 1)) || 1));
const TWIN_CSS = option('--twin-css', 'link');
const CHECK = flag('--check');
const JSON_OUT = option('--json', null);
const SIZES_K = option('--copies', '1,10,100,1000').split(',').map(Number);
// Heap per copy is linear in the copies (100 and 1,000 agree within 4 %); 1,000 would add minutes of GC.
const HEAP_K = [100].filter((k) => SIZES_K.includes(k));
const CLS_DELAY = Number(option('--cls-delay', 1500));
const CLS_RUNS = Math.min(RUNS, 2);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = CHROMIUM_FLAGS;
const VIEWPORT = { width: 1280, height: 800 };

// The CLS budget is checked on the snippet the README tells sites to paste (ketamine-widgets.css
// linked above the script), in English, Spanish and with ten copies; the LAYOUT SHIFT table
// also shows the script alone and a render-blocking <head> script for comparison.
const CLS_VARIANTS = ['plain', 'plain-es', 'snippet', 'snippet-es', 'snippet-10', 'render'];
const CLS_BUDGET_VARIANTS = ['snippet', 'snippet-es', 'snippet-10'];

const BUDGETS = {
  dropInGzipBothLanguages: 16 * 1024,
  renderRatio100: 1.5,
  longestTask10: 50,
  cls: 0,
};

const RESULTS = path.join(ROOT, 'bench/results');
const PAGES = path.join(RESULTS, 'pages');

function log(msg) {
  process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
}

// ---------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => {
  const s = xs.filter(Number.isFinite);
  return s.length ? { min: Math.min(...s), max: Math.max(...s) } : { min: NaN, max: NaN };
};
const fmtInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const kb = (n) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KB` : '–');

function table(headers, rows, align) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((c, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------- build
function build() {
  if (flag('--no-build')) {
    if (!existsSync(path.join(ROOT, 'dist/ketamine-widgets.js'))) {
      console.error('--no-build: dist/ketamine-widgets.js does not exist; run npm run build first.');
      process.exit(2);
    }
    log('using the existing dist/ (--no-build)');
    return { skipped: true };
  }
  log('building: node scripts/build.mjs');
  const start = Date.now();
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  process.stderr.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    console.error('bench: the build failed, so there is nothing to measure (see above).');
    process.exit(2);
  }
  return { seconds: (Date.now() - start) / 1000 };
}

// ---------------------------------------------------------------- browser
let browser;
let server;

async function launch() {
  browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: CHROME_FLAGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 300_000,
  });
}

/**
 * One cold load in a fresh browser context (own HTTP cache, own renderer): navigates, waits for
 * the page's own rendered mark, then returns its numbers. `after(page, cdp)` may collect more.
 */
async function load(url, { after, timeout = 180_000, settle = 100, trace = false, viewport } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (viewport) await page.setViewport(viewport);
    // Only the 'toplevel' category: one event per task, with wall and thread (CPU) duration.
    if (trace) await page.tracing.start({ categories: ['toplevel'] });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load', timeout });
    const rendered = await page.evaluate(() => window.__benchDone);
    const task = trace ? longestTraceTask(await page.tracing.stop()) : undefined;
    await new Promise((r) => setTimeout(r, settle));
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
      return {
        longtasks: window.__bench.longtasks,
        shifts: window.__bench.shifts,
        load: window.__bench.load,
        ready: window.__bench.ready,
        responseEnd: nav?.responseEnd,
        domInteractive: nav?.domInteractive,
        dcl: nav?.domContentLoadedEventEnd,
        transfer: nav?.transferSize,
        fcp: paint['first-contentful-paint'],
      };
    });
    const extra = after ? await after(page) : undefined;
    return {
      rendered,
      longest: Math.max(0, ...m.longtasks.map((t) => t.duration)),
      cls: m.shifts.reduce((a, s) => a + s.value, 0),
      ...m,
      requests,
      errors,
      extra,
      task,
    };
  } finally {
    await context.close();
  }
}

/** The longest task on a renderer main thread: wall time, and thread time (CPU actually used). */
function longestTraceTask(buf) {
  const events = JSON.parse(Buffer.from(buf).toString('utf8')).traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let best;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    if (!best || e.dur > best.dur) best = e;
  }
  return best ? { wall: best.dur / 1000, cpu: (best.tdur ?? NaN) / 1000 } : { wall: NaN, cpu: NaN };
}

async function heapOf(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  await cdp.detach();
  return { js: heap.usedSize, embedder: heap.embedderHeapUsedSize ?? NaN, nodes: metric.Nodes };
}

function writePage(name, html) {
  writeFileSync(path.join(PAGES, name), html);
  return `${server.origin}/bench/results/pages/${name}`;
}

// ---------------------------------------------------------------- main
async function main() {
  const buildInfo = build();
  log('sizes');
  const sizes = await collectSizes(ROOT);

  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  server = await startServer(ROOT, { immutable: (p) => /^\/bench\/results\/pages\/twin-sheet-\d+\.css$/.test(p) });
  await launch();
  const chromeVersion = await browser.version();
  log(`${chromeVersion}; server ${server.origin}; ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  // -------- warm-up (the first Chromium load of a session is always slow) and the twin
  const w1 = writePage('widgets-1.html', widgetPage(1));
  await load(w1);
  const twinLoad = await load(w1, { after: (page) => page.evaluate(serializeTwin, TAGS) });
  const twin = twinLoad.extra;
  writeFileSync(path.join(PAGES, 'twin-elements.json'), JSON.stringify(twin, null, 2));
  twin.sheets.forEach((text, id) => writeFileSync(path.join(PAGES, `twin-sheet-${id}.css`), text));

  // Fidelity: the static twin must show the same thing, the same size.
  const s1 = writePage('static-1.html', staticPage(1, twin, TWIN_CSS));
  const fidelity = (await load(s1, { after: (page) => page.evaluate(describeElements, TAGS) })).extra.map((s, i) => ({
    tag: s.tag,
    widgetHeight: twin.elements[i].height,
    staticHeight: s.height,
    sameText: s.text === twin.elements[i].text,
  }));

  // -------- what the default page fetches: no zod, no Spanish
  const defaultRequests = twinLoad.requests
    .map((u) => new URL(u))
    .filter((u) => u.origin === server.origin)
    .map((u) => u.pathname);
  const fetchedJs = defaultRequests.filter((p) => p.endsWith('.js'));
  const zodFetched = fetchedJs.filter((p) => existsSync(path.join(ROOT, p)) && hasZod(readFileSync(path.join(ROOT, p), 'utf8')).length);
  const esPage = writePage('widgets-es.html', widgetPage(1).replace('<main>', '<main lang="es">'));
  const esLoad = await load(esPage);
  const esRequests = esLoad.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/dist/'));
  // Positive control: a page that does ask for clinic data must fetch zod, or the check above
  // proves nothing.
  const clinicPage = writePage('widgets-clinic.html', widgetPage(1, { elements: ['<dose-range weight="70" src="/test/fixtures/clinic-good.json"></dose-range>'] }));
  const clinicLoad = await load(clinicPage, { after: (page) => page.waitForFunction(() => document.querySelector('dose-range')?.shadowRoot?.textContent.includes('Riverside'), { timeout: 10_000 }).then(() => true, () => false) });
  const clinicJs = clinicLoad.requests.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.js') && existsSync(path.join(ROOT, p)));
  const clinicZod = clinicJs.filter((p) => hasZod(readFileSync(path.join(ROOT, p), 'utf8')).length);

  // -------- constructable stylesheets: shared by every copy, or one per shadow root?
  const sheetUrl = writePage('widgets-sheets.html', widgetPage(10));
  const sheets = (
    await load(sheetUrl, {
      after: (page) =>
        page.evaluate((tags) => {
          const roots = [...document.querySelectorAll(tags.join(','))].map((e) => e.shadowRoot).filter(Boolean);
          const all = new Set(roots.flatMap((r) => r.adoptedStyleSheets));
          return { roots: roots.length, distinct: all.size, styleElements: roots.reduce((a, r) => a + r.querySelectorAll('style').length, 0) };
        }, TAGS),
    })
  ).extra;

  // -------- render time, widgets vs static twin, alternating order
  const render = [];
  for (const k of SIZES_K) {
    const runs = k >= 1000 ? RUNS_1000 : RUNS;
    const wUrl = writePage(`widgets-${k}.html`, widgetPage(k));
    const sUrl = writePage(`static-${k}.html`, staticPage(k, twin, TWIN_CSS));
    const w = [];
    const s = [];
    // Heap is read after the timing is taken (forced GC cannot disturb it), on the same loads.
    const after = HEAP_K.includes(k) ? heapOf : undefined;
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? ['s', 'w'] : ['w', 's'];
      for (const which of order) {
        const r = await load(which === 'w' ? wUrl : sUrl, { after });
        if (r.errors.length && which === 'w') log(`  page errors on widgets-${k}: ${r.errors.slice(0, 3).join(' | ')}`);
        (which === 'w' ? w : s).push(r);
      }
    }
    const ratios = w.map((r, i) => r.rendered / s[i].rendered);
    const row = {
      copies: k,
      runs,
      widgets: median(w.map((r) => r.rendered)),
      static: median(s.map((r) => r.rendered)),
      // Each run's widgets and static loads are adjacent in time, so the ratio within a run
      // cancels most machine drift; the reported ratio is the median of those.
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
      pageBytes: { widgets: Buffer.byteLength(widgetPage(k)), static: Buffer.byteLength(staticPage(k, twin, TWIN_CSS)) },
      heap: after && {
        widgets: { js: median(w.map((r) => r.extra.js)), embedder: median(w.map((r) => r.extra.embedder)), nodes: median(w.map((r) => r.extra.nodes)) },
        static: { js: median(s.map((r) => r.extra.js)), embedder: median(s.map((r) => r.extra.embedder)), nodes: median(s.map((r) => r.extra.nodes)) },
      },
    };
    render.push(row);
    log(`render ${k}: widgets ${fmt(row.widgets)} ms, static ${fmt(row.static)} ms, ratio ${fmt(row.ratio, 2)} (runs ${fmt(row.pairedRatio.min, 2)}–${fmt(row.pairedRatio.max, 2)}), longest task ${fmt(row.longestWidgets)} ms`);
  }

  // -------- JS heap per copy (after forced GC), against the same page with no elements
  const heapRuns = Math.min(RUNS, 3);
  const heapMedian = async (url) => {
    const xs = [];
    for (let i = 0; i < heapRuns; i++) xs.push((await load(url, { after: heapOf })).extra);
    return { js: median(xs.map((x) => x.js)), embedder: median(xs.map((x) => x.embedder)), nodes: median(xs.map((x) => x.nodes)) };
  };
  const emptyW = await heapMedian(writePage('widgets-0.html', widgetPage(0)));
  const emptyS = await heapMedian(writePage('static-0.html', staticPage(0, twin, TWIN_CSS)));
  const heap = [];
  for (const k of HEAP_K) {
    const { widgets: hw, static: hs } = render.find((x) => x.copies === k).heap;
    const per = (a, b) => (a - b) / (3 * k);
    heap.push({
      copies: k,
      runs: render.find((x) => x.copies === k).runs,
      jsPerCopy: per(hw.js, emptyW.js),
      staticJsPerCopy: per(hs.js, emptyS.js),
      domPerCopy: per(hw.embedder, emptyW.embedder),
      staticDomPerCopy: per(hs.embedder, emptyS.embedder),
      nodesPerCopy: per(hw.nodes, emptyW.nodes),
      staticNodesPerCopy: per(hs.nodes, emptyS.nodes),
      raw: { widgets: hw, static: hs, emptyWidgets: emptyW, emptyStatic: emptyS },
    });
    log(`heap ${k}: ${fmtInt(per(hw.js, emptyW.js))} B JS per copy`);
  }

  // -------- longest task, CPU: traced loads (trace 'toplevel' only), widgets only
  const tasks = [];
  for (const k of [10, 100].filter((x) => SIZES_K.includes(x))) {
    const runs = k >= 100 ? Math.min(RUNS, 3) : RUNS;
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push(await load(`${server.origin}/bench/results/pages/widgets-${k}.html`, { trace: true }));
    tasks.push({
      copies: k,
      runs,
      longtaskApi: median(xs.map((x) => x.longest)),
      traceWall: median(xs.map((x) => x.task.wall)),
      traceCpu: median(xs.map((x) => x.task.cpu)),
      traceCpuRange: spread(xs.map((x) => x.task.cpu)),
    });
    log(`longest task ${k}: ${fmt(tasks.at(-1).traceWall)} ms wall, ${fmt(tasks.at(-1).traceCpu)} ms CPU`);
  }

  // -------- CLS while the bundle arrives late
  const cls = [];
  const viewports = {
    desktop: VIEWPORT,
    mobile: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  };
  for (const variant of CLS_VARIANTS) {
    const url = writePage(`cls-${variant}.html`, clsPage(variant, { delay: CLS_DELAY }));
    for (const [vpName, viewport] of Object.entries(viewports)) {
      const xs = [];
      for (let i = 0; i < CLS_RUNS; i++) xs.push(await load(url, { settle: 500, viewport }));
      cls.push({
        variant,
        viewport: vpName,
        runs: CLS_RUNS,
        cls: median(xs.map((x) => x.cls)),
        clsMax: Math.max(...xs.map((x) => x.cls)),
        fcp: median(xs.map((x) => x.fcp)),
        rendered: median(xs.map((x) => x.rendered)),
      });
      log(`cls ${variant} ${vpName}: ${fmt(cls.at(-1).cls, 4)}`);
    }
  }

  await browser.close();
  browser = undefined;
  await server.close();

  // -------- Lighthouse
  let lighthouse = { skipped: '--no-lighthouse' };
  if (!flag('--no-lighthouse')) {
    log('lighthouse (vite preview of dist/demo)');
    lighthouse = await runLighthouse(ROOT, { chromePath: CHROME, chromeFlags: ['--headless', ...CHROME_FLAGS], outDir: RESULTS });
  }

  const results = {
    date: new Date().toISOString(),
    chrome: chromeVersion,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg() },
    runs: RUNS,
    runs1000: RUNS_1000,
    build: buildInfo,
    sizes,
    stylesheets: sheets,
    defaultPage: { requests: defaultRequests, jsFetched: fetchedJs, zodFetched, spanishRequests: esRequests, clinicControl: { zodFetched: clinicZod, applied: clinicLoad.extra } },
    twin: {
      css: TWIN_CSS,
      fidelity,
      sheets: twin.sheets.map((t) => t.length),
      elements: twin.elements.map((e) => ({ tag: e.tag, adopted: e.adopted, sheetIds: e.sheetIds, height: e.height, bytes: Buffer.byteLength(twinElementHtml(e, twin, TWIN_CSS)) })),
    },
    render,
    heap,
    tasks,
    cls: { delayMs: CLS_DELAY, variants: cls },
    lighthouse,
  };
  results.budgets = evaluateBudgets(results);
  results.seconds = (Date.now() - t0) / 1000;

  writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(results, null, 2));
  if (JSON_OUT) writeFileSync(path.resolve(JSON_OUT), JSON.stringify(results, null, 2));
  print(results);
  if (CHECK && results.budgets.some((b) => !b.pass)) process.exitCode = 1;
}

// ---------------------------------------------------------------- budgets
function evaluateBudgets(r) {
  const out = [];
  const both = r.sizes.bothLanguages?.gzip ?? NaN;
  out.push({
    name: 'drop-in, both languages, gzip',
    limit: `≤ ${fmtInt(BUDGETS.dropInGzipBothLanguages)} B`,
    value: `${fmtInt(both)} B`,
    pass: both <= BUDGETS.dropInGzipBothLanguages,
    miss: both > BUDGETS.dropInGzipBothLanguages ? `${fmtInt(both - BUDGETS.dropInGzipBothLanguages)} B (${kb(both - BUDGETS.dropInGzipBothLanguages)}) over` : '',
    note: `${r.sizes.bothLanguages ? '' : 'no Spanish chunk found; '}drop-in alone ${fmtInt(r.sizes.defaultPath.gzip)} B`,
  });
  const zodStatic = r.sizes.zodInDefaultPath;
  out.push({
    name: 'zod out of the default path',
    limit: 'no zod in the static graph; none fetched',
    value: zodStatic.length || r.defaultPage.zodFetched.length ? `zod in ${[...zodStatic.map((z) => z.file), ...r.defaultPage.zodFetched].join(', ')}` : 'none',
    pass: !zodStatic.length && !r.defaultPage.zodFetched.length && r.defaultPage.clinicControl.zodFetched.length > 0,
    miss: r.defaultPage.clinicControl.zodFetched.length ? '' : 'the clinic-data control page fetched no zod: detection broken',
  });
  const r100 = r.render.find((x) => x.copies === 100);
  out.push({
    name: 'render time, 100 copies, widgets/static',
    limit: `≤ ${BUDGETS.renderRatio100}×`,
    value: `${fmt(r100?.ratio, 2)}×`,
    pass: r100?.ratio <= BUDGETS.renderRatio100,
    miss: r100?.ratio > BUDGETS.renderRatio100 ? `${fmt(r100.ratio - BUDGETS.renderRatio100, 2)}× over (${fmtInt(r100.widgets - BUDGETS.renderRatio100 * r100.static)} ms)` : '',
  });
  const r10 = r.render.find((x) => x.copies === 10);
  out.push({
    name: 'longest main-thread task, 10 copies',
    limit: `≤ ${BUDGETS.longestTask10} ms`,
    value: `${fmt(r10?.longestWidgets)} ms (worst run ${fmt(r10?.longestWidgetsMax)}; CPU ${fmt(r.tasks.find((t) => t.copies === 10)?.traceCpu)} ms)`,
    pass: r10?.longestWidgets <= BUDGETS.longestTask10,
    miss: r10?.longestWidgets > BUDGETS.longestTask10 ? `${fmt(r10.longestWidgets - BUDGETS.longestTask10)} ms over` : '',
  });
  const checked = r.cls.variants.filter((v) => CLS_BUDGET_VARIANTS.includes(v.variant));
  const worst = checked.reduce((a, v) => (v.clsMax > a.clsMax ? v : a), checked[0]);
  out.push({
    name: `CLS, README snippet (${CLS_BUDGET_VARIANTS.join(', ')}), bundle ${r.cls.delayMs} ms late`,
    limit: '= 0',
    value: `${fmt(worst.clsMax, 4)} (worst run of ${checked.length} page × viewport pairs: ${worst.variant}, ${worst.viewport})`,
    pass: worst.clsMax <= BUDGETS.cls,
    miss: worst.clsMax > BUDGETS.cls ? `${fmt(worst.clsMax, 4)} over` : '',
  });
  return out;
}

// ---------------------------------------------------------------- report
function print(r) {
  const out = [];
  const p = (s = '') => out.push(s);
  p(`ketamine-widgets bench: ${r.chrome}, ${r.machine.cpus} CPUs (load ${r.machine.loadavg.map((x) => x.toFixed(1)).join(' ')}), ${r.date}`);
  p(`Medians of ${r.runs} runs (1,000 copies: ${r.runs1000} run${r.runs1000 > 1 ? 's' : ''}, it is heavy; heap, CLS and traced tasks: fewer, see each table); widgets and static twin alternate within each run.`);
  p();
  p('SIZES (bytes; each file compressed on its own: gzip -9, brotli -q 11)');
  const sz = r.sizes;
  const rows = [
    [sz.dropIn.file, sz.dropIn.raw, sz.dropIn.gzip, sz.dropIn.brotli],
    ...sz.defaultPath.files.slice(1).map((f) => [`  + static import ${f.file}`, f.raw, f.gzip, f.brotli]),
    [`default path (${sz.defaultPath.files.length} file${sz.defaultPath.files.length > 1 ? 's' : ''})`, sz.defaultPath.raw, sz.defaultPath.gzip, sz.defaultPath.brotli],
  ];
  if (sz.spanish) {
    for (const f of sz.spanish.files) rows.push([`Spanish chunk ${f.file}`, f.raw, f.gzip, f.brotli]);
    rows.push(['both languages (default path + Spanish)', sz.bothLanguages.raw, sz.bothLanguages.gzip, sz.bothLanguages.brotli]);
  }
  if (sz.clinic) rows.push([`clinic validator (zod) ${sz.clinic.files.map((f) => path.basename(f.file)).join(' + ')}`, sz.clinic.raw, sz.clinic.gzip, sz.clinic.brotli]);
  for (const n of sz.npm) {
    rows.push([`${n.file}`, n.raw, n.gzip, n.brotli]);
    const ext = [...new Set(n.externals.map((e) => e.split('/')[0].replace(/ \(dynamic\)$/, '')))].join(', ') || 'none';
    rows.push([`  with its static chunks (${n.closure.files} files; externals: ${ext})`, n.closure.raw, n.closure.gzip, n.closure.brotli]);
  }
  p(table(['file', 'raw', 'gzip', 'brotli'], rows.map((x) => [x[0], fmtInt(x[1]), fmtInt(x[2]), fmtInt(x[3])])));
  p();
  p(`Default page (English, no src) fetched: ${r.defaultPage.requests.filter((x) => !x.endsWith('.html')).join(', ') || '(nothing)'}`);
  p(`  zod fetched: ${r.defaultPage.zodFetched.length ? r.defaultPage.zodFetched.join(', ') : 'no'}; zod in static graph: ${r.sizes.zodInDefaultPath.length ? 'YES' : 'no'}; lang="es" page fetched: ${r.defaultPage.spanishRequests.join(', ')}`);
  const cc = r.defaultPage.clinicControl;
  p(`  control, a page with src="clinic.json": zod chunk fetched ${cc.zodFetched.join(', ') || 'NONE (the zod check cannot be trusted)'}; clinic data applied: ${cc.applied ? 'yes' : 'NO'}`);
  p(`Stylesheets: ${r.stylesheets.roots} shadow roots (10 copies of each element) adopt ${r.stylesheets.distinct} distinct constructable sheets${r.stylesheets.styleElements ? `, plus ${r.stylesheets.styleElements} <style> elements` : ''}.`);
  p();
  p('RENDER (ms, navigation start → every element rendered and the next frame painted; ratio = median of per-run widgets/static)');
  p(
    table(
      ['copies ×3', 'runs', 'widgets', 'static twin', 'ratio', 'run ratios min–max', 'widgets range', 'static range', 'longest task w/s', 'HTML w/s'],
      r.render.map((x) => [
        fmtInt(x.copies),
        x.runs,
        fmt(x.widgets),
        fmt(x.static),
        `${fmt(x.ratio, 2)}×`,
        `${fmt(x.pairedRatio.min, 2)}–${fmt(x.pairedRatio.max, 2)}`,
        `${fmt(x.widgetsSpread.min, 0)}–${fmt(x.widgetsSpread.max, 0)}`,
        `${fmt(x.staticSpread.min, 0)}–${fmt(x.staticSpread.max, 0)}`,
        `${fmt(x.longestWidgets, 0)} / ${fmt(x.longestStatic, 0)}`,
        `${kb(x.pageBytes.widgets)} / ${kb(x.pageBytes.static)}`,
      ]),
    ),
  );
  const fid = r.twin.fidelity;
  p(
    `Static twin: declarative shadow DOM, stylesheets ${r.twin.css === 'link' ? 'linked (one shared cached file per distinct sheet)' : 'inline as <style> in every shadow root'}, no script.\nTwin fidelity (1 copy): ${fid.map((f) => `${f.tag} ${fmt(f.widgetHeight, 0)}/${fmt(f.staticHeight, 0)} px${f.sameText ? '' : ' TEXT DIFFERS'}`).join(', ')}; twin HTML per copy ${r.twin.elements.map((e) => `${e.tag} ${kb(e.bytes)}`).join(', ')}`,
  );
  p();
  p('MEMORY per element copy (after forced GC; minus the same page with 0 copies)');
  p(
    table(
      ['copies ×3', 'runs', 'JS heap widgets', 'JS heap static', 'DOM (Blink) heap widgets', 'DOM heap static', 'nodes widgets', 'nodes static'],
      r.heap.map((h) => [fmtInt(h.copies), h.runs, `${fmtInt(h.jsPerCopy)} B`, `${fmtInt(h.staticJsPerCopy)} B`, `${fmtInt(h.domPerCopy)} B`, `${fmtInt(h.staticDomPerCopy)} B`, fmt(h.nodesPerCopy, 0), fmt(h.staticNodesPerCopy, 0)]),
    ),
  );
  p();
  p('LONGEST MAIN-THREAD TASK, widgets: PerformanceObserver longtask on the render runs (the budget), and separate traced runs');
  p('giving the same task\'s wall time and its CPU (thread) time');
  p(
    table(
      ['copies ×3', 'render runs', 'longtask API', 'traced runs', 'longtask API', 'trace wall', 'trace CPU', 'CPU range'],
      r.tasks.map((t) => {
        const rr = r.render.find((x) => x.copies === t.copies);
        return [
          fmtInt(t.copies),
          rr?.runs ?? '–',
          `${fmt(rr?.longestWidgets, 0)} ms`,
          t.runs,
          `${fmt(t.longtaskApi, 0)} ms`,
          `${fmt(t.traceWall, 0)} ms`,
          `${fmt(t.traceCpu, 0)} ms`,
          `${fmt(t.traceCpuRange.min, 0)}–${fmt(t.traceCpuRange.max, 0)}`,
        ];
      }),
    ),
  );
  p('  (wall ≫ CPU means the task waited for a core: other load on the machine, not the widgets.)');
  p();
  p(`LAYOUT SHIFT (the three elements between paragraphs of a clinic-like page; the drop-in answered ${r.cls.delayMs} ms late)`);
  const names = {
    plain: 'script tag alone (no ketamine-widgets.css)',
    'plain-es': 'script tag alone, lang="es" page',
    snippet: 'README snippet (ketamine-widgets.css + script)',
    'snippet-es': 'README snippet, lang="es" page',
    'snippet-10': 'README snippet, 10 copies',
    render: 'blocking="render" module script in <head>',
  };
  p(
    table(
      ['snippet', 'viewport', 'runs', 'CLS', 'worst run', 'first contentful paint', 'widgets rendered'],
      r.cls.variants.map((v) => [names[v.variant], v.viewport, v.runs, fmt(v.cls, 4), fmt(v.clsMax, 4), `${fmt(v.fcp, 0)} ms`, `${fmt(v.rendered, 0)} ms`]),
    ),
  );
  p();
  const lh = r.lighthouse;
  if (lh.skipped) p(`LIGHTHOUSE skipped: ${lh.skipped}`);
  else {
    p(`LIGHTHOUSE ${lh.lighthouseVersion} (${lh.formFactor}, simulated throttling) on vite preview of dist/demo; report ${lh.reportHtml}`);
    p(table(['performance', 'accessibility', 'best-practices', 'seo'], [[lh.scores.performance, lh.scores.accessibility, lh.scores['best-practices'], lh.scores.seo].map((x) => x ?? '–')], ['r', 'r', 'r', 'r']));
    p(`  FCP ${lh.metrics['first-contentful-paint']}, LCP ${lh.metrics['largest-contentful-paint']}, TBT ${lh.metrics['total-blocking-time']}, CLS ${lh.metrics['cumulative-layout-shift']}, SI ${lh.metrics['speed-index']}`);
    if (lh.failing.length) {
      p('  Failing audits:');
      for (const a of lh.failing) p(`    [${a.category}] ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    } else p('  No failing audits.');
    for (const w of lh.runWarnings) p(`  warning: ${w}`);
  }
  p();
  p('BUDGETS');
  p(table(['budget', 'limit', 'measured', 'result'], r.budgets.map((b) => [b.name, b.limit, `${b.value}${b.note ? `; ${b.note}` : ''}`, b.pass ? 'pass' : `MISS ${b.miss}`.trim()])));
  const missed = r.budgets.filter((b) => !b.pass);
  p(missed.length ? `${missed.length} of ${r.budgets.length} budgets missed: ${missed.map((b) => b.name).join('; ')}.` : `All ${r.budgets.length} budgets met.`);
  p();
  p(`bench took ${fmt(r.seconds, 0)} s${r.build?.seconds ? ` (build ${fmt(r.build.seconds, 0)} s)` : ''}. Results: bench/results/latest.json`);
  console.log(out.join('\n'));
}

main().catch(async (e) => {
  console.error(e);
  try {
    await browser?.close();
    await server?.close();
  } catch {
    // already gone
  }
  process.exit(2);
});
