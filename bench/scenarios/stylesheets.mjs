// Constructable stylesheets: shared by every copy, or one per shadow root?
import { TAGS, widgetPage } from '../lib/pages.mjs';

export const name = 'stylesheets';
export const browser = 'chromium';

export async function run(ctx) {
  const url = ctx.writePage('widgets-sheets.html', widgetPage(10));
  return (
    await ctx.load(url, {
      after: (page) =>
        page.evaluate((tags) => {
          const roots = [...document.querySelectorAll(tags.join(','))].map((e) => e.shadowRoot).filter(Boolean);
          const all = new Set(roots.flatMap((r) => r.adoptedStyleSheets));
          return {
            roots: roots.length,
            distinct: all.size,
            styleElements: roots.reduce((a, r) => a + r.querySelectorAll('style').length, 0),
          };
        }, TAGS),
    })
  ).extra;
}

export function budget() {
  return [];
}
