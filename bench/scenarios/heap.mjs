// Memory per element copy: the render loads' heap at 100 copies (after three forced GCs), minus
// the same page with 0 copies (script loaded), over 3 × 100 element copies.
import { heapOf } from '../lib/browser.mjs';
import { staticPage, widgetPage } from '../lib/pages.mjs';
import { fmtInt, median } from '../lib/stats.mjs';

export const name = 'heap';
export const browser = 'chromium';
export const needs = ['render'];

const JS_PER_COPY = 8 * 1024;

export async function run(ctx) {
  const runs = Math.min(ctx.opts.runs, 3);
  const heapMedian = async (url) => {
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push((await ctx.load(url, { after: heapOf })).extra);
    return { js: median(xs.map((x) => x.js)), embedder: median(xs.map((x) => x.embedder)), nodes: median(xs.map((x) => x.nodes)) };
  };
  const emptyW = await heapMedian(ctx.writePage('widgets-0.html', widgetPage(0)));
  const emptyS = await heapMedian(ctx.writePage('static-0.html', staticPage(0, ctx.twin, ctx.opts.twinCss)));
  const rows = [];
  for (const k of ctx.opts.heapCopies) {
    const render = ctx.results.render.find((x) => x.copies === k);
    const { widgets: hw, static: hs } = render.heap;
    const per = (a, b) => (a - b) / (3 * k);
    rows.push({
      copies: k,
      runs: render.runs,
      jsPerCopy: per(hw.js, emptyW.js),
      staticJsPerCopy: per(hs.js, emptyS.js),
      domPerCopy: per(hw.embedder, emptyW.embedder),
      staticDomPerCopy: per(hs.embedder, emptyS.embedder),
      nodesPerCopy: per(hw.nodes, emptyW.nodes),
      staticNodesPerCopy: per(hs.nodes, emptyS.nodes),
      raw: { widgets: hw, static: hs, emptyWidgets: emptyW, emptyStatic: emptyS },
    });
    ctx.log(`heap ${k}: ${fmtInt(per(hw.js, emptyW.js))} B JS per copy`);
  }
  return rows;
}

export function budget(rows) {
  const h = rows.find((x) => x.copies === 100);
  return [
    {
      name: 'JS heap per element copy (100 copies)',
      limit: `≤ ${fmtInt(JS_PER_COPY)} B (8 KB)`,
      value: `${fmtInt(h?.jsPerCopy)} B`,
      pass: h?.jsPerCopy <= JS_PER_COPY,
      miss: h
        ? h.jsPerCopy > JS_PER_COPY
          ? `${fmtInt(h.jsPerCopy - JS_PER_COPY)} B over (${(h.jsPerCopy / JS_PER_COPY).toFixed(1)}× the budget)`
          : ''
        : 'not measured',
    },
  ];
}
