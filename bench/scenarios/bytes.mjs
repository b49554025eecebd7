// Bytes per used element: what a page downloads when it uses only <ketamine-facts>, only
// <dose-range>, only <risk-checklist>, or all three, pasted as the README says: a page with one
// element loads that element's own script (dist/<tag>.js), a page with more loads the drop-in.
// The one-element pages also show with the drop-in, and in Spanish, for comparison. Measured by
// loading the page in Chromium and recording every response (not read from the build graph):
// each body is compressed on its own (gzip -9, brotli -q 11, node:zlib), as a server sends it.
// "script and data" is every JavaScript and JSON response; the reserve stylesheet is shown apart.
import { newPage } from '../lib/browser.mjs';
import { SNIPPET, TAGS, snippetHtml } from '../lib/pages.mjs';
import { measure } from '../lib/sizes.mjs';
import { fmtInt, kb } from '../lib/stats.mjs';

export const name = 'bytes';
export const browser = 'chromium';

const BUDGETS = { 'dose-range': 14 * 1024, all: 26 * 1024 };

const ONE = TAGS.map((tag, i) => ({ tag, elements: [SNIPPET[i]], src: `/dist/${tag}.js` }));
const PAGES = [
  ...ONE.map((o) => ({ id: o.tag, label: `only <${o.tag}>, its own script`, elements: o.elements, src: o.src })),
  { id: 'all', label: 'all three, the drop-in', elements: SNIPPET },
  ...ONE.map((o) => ({ id: `${o.tag}-drop-in`, label: `only <${o.tag}>, the drop-in`, elements: o.elements })),
  ...ONE.map((o) => ({
    id: `${o.tag}-es`,
    label: `only <${o.tag}>, its own script, lang="es"`,
    elements: o.elements,
    src: o.src,
    lang: 'es',
  })),
  { id: 'all-es', label: 'all three, the drop-in, lang="es"', elements: SNIPPET, lang: 'es' },
];

const page = ({ elements, src, lang = 'en' }) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bytes</title></head>
<body>
${snippetHtml({ elements, src })}
</body>
</html>
`;

async function downloads(ctx, url, tags) {
  const browser = await ctx.chromium();
  const { page: p, context } = await newPage(browser);
  try {
    const bodies = [];
    p.on('response', (res) => {
      const u = new URL(res.url());
      if (u.origin !== ctx.server.origin || res.request().resourceType() === 'document') return;
      bodies.push(
        res.buffer().then(
          (buf) => ({ path: u.pathname, type: res.request().resourceType(), ...measure(buf) }),
          () => null,
        ),
      );
    });
    await p.goto(url, { waitUntil: 'load' });
    // Every element defined and rendered (a lang="es" page's strings arrive after the upgrade), then
    // the network quiet: anything fetched on first render is counted.
    await p.evaluate(async (t) => {
      await Promise.all(t.map((x) => customElements.whenDefined(x)));
      await Promise.all([...document.querySelectorAll(t.join(','))].map((e) => e.updateComplete));
    }, tags);
    await p.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 }).catch(() => {});
    return (await Promise.all(bodies)).filter(Boolean);
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const rows = [];
  for (const def of PAGES) {
    const tags = def.elements.map((e) => e.match(/^<([a-z-]+)/)[1]);
    const files = await downloads(ctx, ctx.writePage(`bytes-${def.id}.html`, page(def)), tags);
    const pick = (f) =>
      f.reduce((a, x) => ({ raw: a.raw + x.raw, gzip: a.gzip + x.gzip, brotli: a.brotli + x.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    const scriptData = files.filter((f) => /\.(m?js|json)$/.test(f.path));
    rows.push({
      id: def.id,
      label: def.label,
      files,
      scriptData: { count: scriptData.length, ...pick(scriptData) },
      css: pick(files.filter((f) => f.path.endsWith('.css'))),
    });
    ctx.log(`bytes ${def.id}: ${fmtInt(rows.at(-1).scriptData.gzip)} B gzip script and data (${scriptData.map((f) => f.path).join(', ')})`);
  }
  return rows;
}

export function budget(rows) {
  return [
    ['dose-range', 'a page with only <dose-range> (its own script) downloads, gzip (script and data)'],
    ['all', 'a page with all three downloads, gzip (script and data)'],
  ].map(([id, label]) => {
    const r = rows.find((x) => x.id === id);
    const v = r?.scriptData.gzip ?? NaN;
    const limit = BUDGETS[id];
    return {
      name: label,
      limit: `≤ ${fmtInt(limit)} B (${limit / 1024} KB)`,
      value: `${fmtInt(v)} B`,
      pass: v <= limit,
      miss: v > limit ? `${fmtInt(v - limit)} B (${kb(v - limit)}) over` : '',
    };
  });
}
