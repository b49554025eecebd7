// The longest task's wall and CPU (thread) time, from separate loads with a Chrome trace
// ('toplevel' category only). Wall far above CPU means the machine was busy, not the widgets.
import { widgetPage } from '../lib/pages.mjs';
import { fmt, median, spread } from '../lib/stats.mjs';

export const name = 'tasks';
export const browser = 'chromium';

export async function run(ctx) {
  const rows = [];
  for (const k of [10, 100].filter((x) => ctx.opts.copies.includes(x))) {
    const runs = k >= 100 ? Math.min(ctx.opts.runs, 3) : ctx.opts.runs;
    const url = ctx.writePage(`widgets-${k}.html`, widgetPage(k));
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push(await ctx.load(url, { trace: true }));
    rows.push({
      copies: k,
      runs,
      longtaskApi: median(xs.map((x) => x.longest)),
      traceWall: median(xs.map((x) => x.task.wall)),
      traceCpu: median(xs.map((x) => x.task.cpu)),
      traceCpuRange: spread(xs.map((x) => x.task.cpu)),
    });
    ctx.log(`longest task ${k}: ${fmt(rows.at(-1).traceWall)} ms wall, ${fmt(rows.at(-1).traceCpu)} ms CPU`);
  }
  return rows;
}

export function budget() {
  return [];
}
