// Render time in Firefox ESR, the same pages as render.mjs (K = 1, 10, 100; not 1,000), so each
// ratio sits beside Chromium's. Firefox is driven through puppeteer-core's WebDriver BiDi support
// (no CDP): no trace, no heap, and Firefox has no long-task API. Each load is cold in a fresh
// user context (Firefox keys its HTTP cache by context).
import { launchFirefox, load } from '../lib/browser.mjs';
import { fmt } from '../lib/stats.mjs';
import { measurePairs, pagesFor } from './render.mjs';

export const name = 'firefox';
export const browser = 'firefox';

const RATIO_100 = 1.15;

export async function run(ctx) {
  if (!ctx.opts.firefox) return { skipped: '--no-firefox' };
  let ff;
  try {
    ff = await launchFirefox(ctx.opts.firefoxPath);
  } catch (e) {
    return {
      skipped: `Firefox ESR (${ctx.opts.firefoxPath}) could not be started over WebDriver BiDi: ${String(e.message ?? e).split('\n')[0]}`,
    };
  }
  try {
    const version = await ff.version();
    ctx.log(`firefox: ${version}`);
    const ffLoad = (url, o) => load(ff, url, o);
    // Warm-up, as for Chromium.
    await ffLoad(pagesFor(ctx, 1).wUrl);
    const rows = [];
    for (const k of ctx.opts.copies.filter((x) => x <= 100)) {
      const { row } = await measurePairs(ffLoad, pagesFor(ctx, k), ctx.opts.runs, {
        onError: (e) => ctx.log(`  firefox page errors on widgets-${k}: ${e.slice(0, 3).join(' | ')}`),
      });
      rows.push({ copies: k, ...row });
      ctx.log(`firefox render ${k}: widgets ${fmt(row.widgets)} ms, static ${fmt(row.static)} ms, ratio ${fmt(row.ratio, 2)}`);
    }
    return { version, rows };
  } finally {
    await ff.close();
  }
}

export function budget(r) {
  const r100 = r.rows?.find((x) => x.copies === 100);
  return [
    {
      name: 'render time, 100 copies, widgets/static, Firefox ESR',
      limit: `≤ ${RATIO_100}×`,
      value: r100 ? `${fmt(r100.ratio, 2)}×` : `not measured: ${r.skipped ?? 'no 100-copy page'}`,
      pass: r100?.ratio <= RATIO_100,
      miss: r100
        ? r100.ratio > RATIO_100
          ? `${fmt(r100.ratio - RATIO_100, 2)}× over (${fmt(r100.widgets - RATIO_100 * r100.static, 0)} ms)`
          : ''
        : 'not measured',
    },
  ];
}
