// Lighthouse 12.2.3 CLI (mobile, simulated throttling) on `vite preview` of dist/demo/: the four
// scores, the metrics, and every audit below 0.9 that Lighthouse's own report would list.
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { runLighthouse } from '../lib/lighthouse.mjs';

export const name = 'lighthouse-demo';
export const browser = null;

export async function run(ctx) {
  if (!ctx.opts.lighthouse) return { skipped: '--no-lighthouse' };
  ctx.log('lighthouse (vite preview of dist/demo)');
  return runLighthouse(ctx.root, {
    chromePath: ctx.opts.chromePath,
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
    outDir: ctx.resultsDir,
  });
}

export function budget() {
  return [];
}
