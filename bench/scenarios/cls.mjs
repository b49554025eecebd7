// Layout shift on a clinic-like page with the drop-in answering late (`?delay=ms` on the bench's
// own server), desktop and phone. The budget checks the README snippet (ketamine-widgets.css
// linked above the script) in English, Spanish and with ten copies; the table also shows the
// script alone and a render-blocking <head> script for comparison.
import { MOBILE_VIEWPORT, VIEWPORT } from '../lib/browser.mjs';
import { clsPage } from '../lib/pages.mjs';
import { fmt, median } from '../lib/stats.mjs';

export const name = 'cls';
export const browser = 'chromium';

export const VARIANTS = ['plain', 'plain-es', 'snippet', 'snippet-es', 'snippet-10', 'render'];
// Change these when the README snippet changes.
export const BUDGET_VARIANTS = ['snippet', 'snippet-es', 'snippet-10'];

export async function run(ctx) {
  const { clsDelay, clsRuns } = ctx.opts;
  const variants = [];
  for (const variant of VARIANTS) {
    const url = ctx.writePage(`cls-${variant}.html`, clsPage(variant, { delay: clsDelay }));
    for (const [vpName, viewport] of Object.entries({ desktop: VIEWPORT, mobile: MOBILE_VIEWPORT })) {
      const xs = [];
      for (let i = 0; i < clsRuns; i++) xs.push(await ctx.load(url, { settle: 500, viewport }));
      variants.push({
        variant,
        viewport: vpName,
        runs: clsRuns,
        cls: median(xs.map((x) => x.cls)),
        clsMax: Math.max(...xs.map((x) => x.cls)),
        fcp: median(xs.map((x) => x.fcp)),
        rendered: median(xs.map((x) => x.rendered)),
      });
      ctx.log(`cls ${variant} ${vpName}: ${fmt(variants.at(-1).cls, 4)}`);
    }
  }
  return { delayMs: clsDelay, variants };
}

export function budget(r) {
  const checked = r.variants.filter((v) => BUDGET_VARIANTS.includes(v.variant));
  const worst = checked.reduce((a, v) => (v.clsMax > a.clsMax ? v : a), checked[0]);
  return [
    {
      name: `CLS, README snippet (${BUDGET_VARIANTS.join(', ')}), bundle ${r.delayMs} ms late`,
      limit: '= 0',
      value: `${fmt(worst.clsMax, 4)} (worst run of ${checked.length} page × viewport pairs: ${worst.variant}, ${worst.viewport})`,
      pass: worst.clsMax <= 0,
      miss: worst.clsMax > 0 ? `${fmt(worst.clsMax, 4)} over` : '',
    },
  ];
}
