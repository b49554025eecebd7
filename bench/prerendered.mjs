#!/usr/bin/env node
// `npm run bench:prerendered` (issue #14): the prerendered page (ketamine-widgets/ssr, then the
// drop-in hydrates it) against its static twin (the same prerendered HTML with no script: the
// floor), and what hydration costs against rendering in the browser. Headless Chromium, cold
// loads, median of --runs (5). Needs `npm run build` (or pass --build).
//
//   first contentful paint, largest contentful paint: prerendered vs twin (goal: 1.05× or better)
//   live: load until every element is defined, hydrated and live (its no-JS stand-ins gone)
//   script, task: main-thread time (CDP Performance metrics) until then; hydration cost is the
//   prerendered page's minus the twin's, next to the client-rendered page's
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from './lib/server.mjs';
import { CHROMIUM_FLAGS } from '../scripts/chromium-flags.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const RUNS = Math.max(1, Number(argv[argv.indexOf('--runs') + 1]) || 5);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
if (argv.includes('--build') || !existsSync(path.join(ROOT, 'dist/ssr/index.js'))) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--lib'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
const { prerender } = await import(pathToFileURL(path.join(ROOT, 'dist/ssr/index.js')).href);

const BODY = (lang) => `<main lang="${lang}">
<h1>Ketamine for chronic pain</h1>
<p>Our clinic offers ketamine infusions for some kinds of long-lasting pain.</p>
<ketamine-facts></ketamine-facts>
<dose-range weight="70"></dose-range>
<risk-checklist></risk-checklist>
<p>Call us with any question.</p>
</main>`;
const page = (title, body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
${script ? '<script type="module" src="/dist/ketamine-widgets.js"></script>' : ''}
</head><body>${body}</body></html>`;

const dir = path.join(ROOT, 'bench/results/pages');
mkdirSync(dir, { recursive: true });
const pages = {};
for (const lang of ['en', 'es']) {
  const pre = await prerender(BODY(lang), { assets: '/dist/' });
  pages[`twin-${lang}`] = page('static twin', pre, false);
  pages[`prerendered-${lang}`] = page('prerendered', pre, true);
  pages[`client-${lang}`] = page('client-rendered', BODY(lang), true);
}
for (const [name, html] of Object.entries(pages)) writeFileSync(path.join(dir, `prerendered-${name}.html`), html);

const server = await startServer(ROOT, { immutable: (p) => p.startsWith('/dist/') });
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROMIUM_FLAGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(name) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.evaluateOnNewDocument(() => {
    window.__lcp = 0;
    window.__lcpCount = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => ((window.__lcp = e.startTime), window.__lcpCount++))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
  });
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await tab.goto(`${server.origin}/bench/results/pages/prerendered-${name}.html`, { waitUntil: 'load' });
  const scripted = !name.startsWith('twin');
  if (scripted) {
    await tab.waitForFunction(
      () =>
        ['ketamine-facts', 'dose-range', 'risk-checklist'].every((t) => {
          const el = document.querySelector(t);
          return (
            customElements.get(t) &&
            el.shadowRoot &&
            !el.shadowRoot.querySelector('.static') &&
            !el.matches(':state(pending)') &&
            el.shadowRoot.textContent.length > 100
          );
        }),
      { polling: 'raf', timeout: 30000 },
    );
  }
  const live = await tab.evaluate(() => performance.now());
  // Paint timings are reported after the paint, and the largest paint can come after 'load': read
  // too early, the twin's FCP was missing and its LCP an earlier, smaller candidate (or none), which
  // is what made its ratios swing between runs (bench/README.md, cause 15). So every page waits
  // until its first contentful paint is reported and three frames pass with no new LCP candidate.
  await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0 && window.__lcpCount > 0, {
    polling: 'raf',
    timeout: 30000,
  });
  await tab.evaluate(
    () =>
      new Promise((resolve) => {
        let seen = window.__lcpCount;
        let quiet = 0;
        const frame = () => {
          quiet = window.__lcpCount === seen ? quiet + 1 : 0;
          seen = window.__lcpCount;
          if (quiet >= 3) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  const fcp = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  const lcp = await tab.evaluate(() => window.__lcp);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await context.close();
  return { fcp, lcp, live: scripted ? live : NaN, script: metrics.ScriptDuration * 1000, task: metrics.TaskDuration * 1000 };
}

// The pages of a run load one after another, in an order that turns each run, so that no page is
// always the one right after another's load; ratios are taken within each run (as in render.mjs),
// not between medians of loads minutes apart on a shared machine (bench/README.md, cause 15).
const results = {};
const names = Object.keys(pages);
for (let run = 0; run < RUNS; run++) {
  const order = names.map((_, i) => names[(i + run) % names.length]);
  const got = {};
  for (const name of order) got[name] = await measure(name);
  for (const name of names) (results[name] ??= []).push(got[name]);
}
await browser.close();
server.close();

const med = (name, key) => median(results[name].map((r) => r[key]));
const ms = (n) => (Number.isNaN(n) ? '–' : `${n.toFixed(0)} ms`);
console.log(`\nPRERENDERED (ketamine-widgets/ssr), median of ${RUNS} cold loads, Chromium, 1280×800\n`);
console.log('page                 FCP       LCP       live      script    task');
for (const name of Object.keys(pages)) {
  console.log(
    `${name.padEnd(20)} ${ms(med(name, 'fcp')).padEnd(9)} ${ms(med(name, 'lcp')).padEnd(9)} ${ms(med(name, 'live')).padEnd(9)} ${ms(med(name, 'script')).padEnd(9)} ${ms(med(name, 'task'))}`,
  );
}
/** The median and range of the per-run ratios a/b of `key`. */
const paired = (a, b, key) => {
  const ratios = results[a].map((r, i) => r[key] / results[b][i][key]).sort((x, y) => x - y);
  return { median: median(ratios), min: ratios[0], max: ratios.at(-1) };
};
const range = (r) => `runs ${r.min.toFixed(2)}–${r.max.toFixed(2)}`;
const summary = {};
for (const lang of ['en', 'es']) {
  const lcp = paired(`prerendered-${lang}`, `twin-${lang}`, 'lcp');
  const fcp = paired(`prerendered-${lang}`, `twin-${lang}`, 'fcp');
  const ratio = lcp.median;
  const fcpRatio = fcp.median;
  const hydration = med(`prerendered-${lang}`, 'task') - med(`twin-${lang}`, 'task');
  const clientCost = med(`client-${lang}`, 'task') - med(`twin-${lang}`, 'task');
  summary[lang] = {
    lcpRatio: ratio,
    lcpRange: [lcp.min, lcp.max],
    fcpRatio,
    fcpRange: [fcp.min, fcp.max],
    hydrationTaskMs: hydration,
    clientRenderTaskMs: clientCost,
  };
  console.log(
    `\n${lang}: prerendered / static twin, median of per-run ratios: LCP ${ratio.toFixed(2)}× (${range(lcp)}), FCP ${fcpRatio.toFixed(2)}× (${range(fcp)}) (goal 1.05× or better)` +
      `\n${lang}: hydration costs ${hydration.toFixed(0)} ms of main-thread time over the twin (rendering in the browser: ${clientCost.toFixed(0)} ms)`,
  );
}
writeFileSync(path.join(ROOT, 'bench/results/prerendered.json'), JSON.stringify({ runs: RUNS, results, summary }, null, 2));
