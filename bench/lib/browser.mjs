// Browsers for the bench and the profiler: Debian's Chromium (CDP) with the flags the test runner
// uses, and Firefox ESR through puppeteer-core's WebDriver BiDi support. Nothing downloads a browser.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

export const VIEWPORT = { width: 1280, height: 800 };
export const MOBILE_VIEWPORT = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

export function launchChromium(executablePath, { viewport = VIEWPORT } = {}) {
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, defaultViewport: viewport, protocolTimeout: 300_000 });
}

/** Firefox ESR over WebDriver BiDi (puppeteer-core ≥ 23 speaks it; no CDP, so no trace or heap). */
export function launchFirefox(executablePath, { viewport = VIEWPORT } = {}) {
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true, defaultViewport: viewport, protocolTimeout: 300_000 });
}

/** A fresh browser context (own HTTP cache) and a page in it. */
export async function newPage(browser, viewport) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (viewport) await page.setViewport(viewport);
  return { page, context };
}

/**
 * One cold load in a fresh browser context: navigates, waits for the page's own rendered mark
 * (PROBE in pages.mjs), then returns its numbers. `after(page)` may collect more before the
 * context closes. `trace` (Chromium only) adds the longest renderer task's wall and CPU time.
 */
export async function load(browser, url, { after, timeout = 180_000, settle = 100, trace = false, viewport } = {}) {
  const { page, context } = await newPage(browser, viewport);
  try {
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

/** The renderer main threads' tasks in a Chrome trace (ThreadControllerImpl::RunTask events). */
export function rendererTasks(traceEvents) {
  const mains = new Set(
    traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  return traceEvents.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`));
}

/** The longest task on a renderer main thread: wall time, and thread time (CPU actually used). */
export function longestTraceTask(buf) {
  const events = JSON.parse(Buffer.from(buf).toString('utf8')).traceEvents;
  let best;
  for (const e of rendererTasks(events)) if (!best || e.dur > best.dur) best = e;
  return best ? { wall: best.dur / 1000, cpu: (best.tdur ?? NaN) / 1000 } : { wall: NaN, cpu: NaN };
}

/** After three forced GCs: JS heap, Blink's heap (DOM, style, layout) and the DOM node count. */
export async function heapOf(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  await cdp.detach();
  return { js: heap.usedSize, embedder: heap.embedderHeapUsedSize ?? NaN, nodes: metric.Nodes };
}
