// Writes what server-rendered content needs, from the built server renderer (dist/ssr):
//   dist/shadow/<tag>.css             each element's shadow-root styles, which prerendered
//                                     shadow roots link (a strict CSP allows no inline <style>)
//   dist/prerendered/<tag>.<lang>.html  each element prerendered with its defaults, in each language
// Run by scripts/build.mjs after the ssr build.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function writePrerenderAssets({ root = process.cwd(), log = console.log } = {}) {
  const dist = path.join(root, 'dist');
  const { prerender, shadowStylesheet, TAGS } = await import(pathToFileURL(path.join(dist, 'ssr/index.js')).href);
  mkdirSync(path.join(dist, 'shadow'), { recursive: true });
  for (const tag of TAGS) writeFileSync(path.join(dist, 'shadow', `${tag}.css`), shadowStylesheet(tag) + '\n');
  log(`✔ shadow-root stylesheets dist/shadow/ (${TAGS.length} files)`);
  mkdirSync(path.join(dist, 'prerendered'), { recursive: true });
  let n = 0;
  for (const tag of TAGS) {
    for (const lang of ['en', 'es']) {
      const html = await prerender(`<${tag} lang="${lang}"></${tag}>`, {
        onError: (p) => {
          throw new Error(`${tag}.${lang}: ${p.field}: ${p.reason}`);
        },
      });
      writeFileSync(path.join(dist, 'prerendered', `${tag}.${lang}.html`), html + '\n');
      n++;
    }
  }
  log(`✔ prerendered snippets dist/prerendered/ (${n} files)`);
}
