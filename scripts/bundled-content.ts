/**
 * The Vite plugin that shapes the bundled content for the browser builds (vite.config.ts).
 *
 * - Every browser build: a language other than English becomes an overlay on the English of the
 *   same build (scripts/content-overlay.ts), so its chunk carries only the translated words.
 * - A one-element script (`tag` given): each language's content is first sliced to that element's
 *   share (scripts/content-slice.ts), and src/data/whole.ts becomes a module that fetches the whole
 *   content of a language (a chunk of its own, `?whole`) when a clinic dataset is merged over it.
 *
 * The server build, the tests and `npm start` read the JSON files as they are.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

import { overlayOf } from './content-overlay.js';
import { sliceContent, type Json, type SliceTag } from './content-slice.js';

const CONTENT = /[\\/]src[\\/]data[\\/]ketamine\.([a-z]{2})\.json$/;
const WHOLE_MODULE = /[\\/]src[\\/]data[\\/]whole\.ts$/;
const BASE_LOCALE = 'en';

export function bundledContentPlugin(tag?: SliceTag): Plugin {
  /** A language's content as this build bundles it: whole, or the element's slice. */
  const read = (file: string): Json => {
    const content = JSON.parse(readFileSync(file, 'utf8'));
    return tag ? sliceContent(content, tag) : content;
  };
  return {
    name: 'kw-bundled-content',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      const [file, query] = id.split('?');
      const locale = CONTENT.exec(file)?.[1];
      if (locale) {
        // `?whole`: the language's content as written, a module of its own (Vite's JSON plugin
        // passes ids with a query by), fetched only to merge a clinic dataset over it.
        if (query === 'whole') return `export default ${JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))};`;
        const content = read(file);
        if (locale === BASE_LOCALE) return JSON.stringify(content);
        const english = file.replace(CONTENT, `/src/data/ketamine.${BASE_LOCALE}.json`);
        this.addWatchFile(english);
        return JSON.stringify(overlayOf(read(english), content, BASE_LOCALE));
      }
      if (tag && WHOLE_MODULE.test(file)) {
        const dir = file.replace(WHOLE_MODULE, '/src/data/');
        const languages = readdirSync(dir)
          .flatMap((f) => /^ketamine\.([a-z]{2})\.json$/.exec(f)?.[1] ?? [])
          .map((l) => `${l}: () => import(${JSON.stringify(`${dir}ketamine.${l}.json?whole`)})`);
        return [
          `const whole = { ${languages.join(', ')} };`,
          `export function wholeContent(base) {`,
          `  const load = base.$slice && whole[base.meta.locale];`,
          `  return load ? load().then((m) => m.default) : base;`,
          `}`,
        ].join('\n');
      }
      return null;
    },
  };
}
