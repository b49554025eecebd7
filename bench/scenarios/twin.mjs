// The static twin: one widget page rendered in Chromium, serialized as declarative shadow DOM with
// its stylesheets as shared files, then checked to lay out at the same heights with the same text.
// Every later scenario that compares against the twin uses ctx.twin.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TAGS, describeElements, serializeTwin, staticPage, twinElementHtml, widgetPage } from '../lib/pages.mjs';

export const name = 'twin';
export const browser = 'chromium';

export async function run(ctx) {
  // Warm-up: the first Chromium load of a session is always slow.
  const w1 = ctx.writePage('widgets-1.html', widgetPage(1));
  await ctx.load(w1);
  const twin = (await ctx.load(w1, { after: (page) => page.evaluate(serializeTwin, TAGS) })).extra;
  ctx.twin = twin;
  writeFileSync(path.join(ctx.pagesDir, 'twin-elements.json'), JSON.stringify(twin, null, 2));
  twin.sheets.forEach((text, id) => writeFileSync(path.join(ctx.pagesDir, `twin-sheet-${id}.css`), text));

  // Fidelity: the static twin must show the same thing, the same size.
  const s1 = ctx.writePage('static-1.html', staticPage(1, twin, ctx.opts.twinCss));
  const fidelity = (await ctx.load(s1, { after: (page) => page.evaluate(describeElements, TAGS) })).extra.map((s, i) => ({
    tag: s.tag,
    widgetHeight: twin.elements[i].height,
    staticHeight: s.height,
    sameText: s.text === twin.elements[i].text,
  }));
  return {
    css: ctx.opts.twinCss,
    fidelity,
    sheets: twin.sheets.map((t) => t.length),
    elements: twin.elements.map((e) => ({
      tag: e.tag,
      adopted: e.adopted,
      sheetIds: e.sheetIds,
      height: e.height,
      bytes: Buffer.byteLength(twinElementHtml(e, twin, ctx.opts.twinCss)),
    })),
  };
}

export function budget() {
  return [];
}
