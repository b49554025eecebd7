// Test-server routes. Clinic datasets are served as real JSON under /fixtures/<name> (no
// extension: the esbuild plugin turns *.json files into modules), `?status=404` answers with
// that status, and `?delay=ms` answers late. This middleware answers before the dev server's
// plugins, so nothing transforms these bodies.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The built server renderer (dist/ssr), loaded on first use: pages can ask for prerendered widgets. */
let ssr;
const prerender = async (html) => {
  ssr ??= import(pathToFileURL(path.resolve('dist/ssr/index.js')).href);
  return (await ssr).prerender(html, { assets: '/dist/' });
};

const root = path.resolve('test/fixtures');

function notFound(ctx, status = 404) {
  ctx.status = status;
  ctx.type = 'text/plain';
  ctx.body = 'Not found';
}

export function fixturesMiddleware() {
  return async (ctx, next) => {
    // /raw/dist/<file>.json: a built JSON file as JSON (e.g. the published JSON Schema).
    const raw = /^\/raw\/(dist\/[\w.-]+\.json)$/.exec(ctx.path);
    if (raw) {
      try {
        ctx.body = await readFile(path.resolve(raw[1]), 'utf8');
        ctx.type = 'application/json';
      } catch {
        ctx.status = 404;
      }
      return;
    }
    const match = /^\/fixtures\/([a-z0-9-]+)$/.exec(ctx.path);
    if (!match) return next();
    const delay = Number(ctx.query.delay || 0);
    if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 5000)));
    ctx.set('cache-control', 'no-store');
    ctx.set('access-control-allow-origin', '*');
    const status = Number(ctx.query.status || 200);
    if (status !== 200) return notFound(ctx, status);
    try {
      ctx.body = await readFile(path.join(root, `${match[1]}.json`), 'utf8');
      ctx.type = 'application/json';
    } catch {
      notFound(ctx);
    }
  };
}

/**
 * `/dist/<file>?delay=ms` answers late: a slow CDN, for the layout-shift tests. The runner tells
 * the browser to cache every file for a year, so a page that must wait again on each load is
 * opened as `/test/embed/<page>.html?run=<id>`: its delayed script addresses get `run=<id>` too.
 * Those wait for the test instead of a clock: they are answered once the test asks for
 * `/__kw/release?run=<id>` (or after 30 s, so nothing hangs). A fixed delay raced the browser: on
 * a busy machine the page could take longer to parse and paint than the script took to arrive.
 */
const gates = new Map();
function gate(run) {
  let g = gates.get(run);
  if (!g) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(run, (g = { opened, open }));
  }
  return g;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export function slowDistMiddleware() {
  return async (ctx, next) => {
    const run = ctx.query.run;
    if (ctx.path === '/__kw/release' && run) {
      gate(run).open();
      ctx.status = 204;
      return;
    }
    // POST /__kw/prerender: the body (an HTML fragment) prerendered by dist/ssr.
    if (ctx.path === '/__kw/prerender' && ctx.method === 'POST') {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      ctx.type = 'html';
      ctx.body = await prerender(body);
      return;
    }
    // `?prerender=1`: the page as a server that prerenders its widgets (ketamine-widgets/ssr) sends it.
    const prerendered = ctx.query.prerender === '1';
    if ((run || prerendered) && /^\/test\/embed\/[\w-]+\.html$/.test(ctx.path)) {
      let page = await readFile(path.resolve(`.${ctx.path}`), 'utf8');
      if (prerendered) page = await prerender(page);
      ctx.type = 'html';
      ctx.body = page.replace(/(\/dist\/[\w.-]+\.js)\?delay=/g, `$1?run=${encodeURIComponent(run)}&delay=`);
      return;
    }
    const delay = Number(ctx.query.delay || 0);
    if (delay && ctx.path.startsWith('/dist/')) await (run ? Promise.race([gate(run).opened, sleep(30000)]) : sleep(Math.min(delay, 5000)));
    return next();
  };
}

/**
 * `/dist-no-es/<file>`: the built drop-in and its chunks as a site whose Spanish chunk is missing
 * (a partial upload, a CDN error) serves them: every file as in dist/, except `chunks/ketamine.es-*`,
 * which answers 404. A path of its own, so no cached copy of the real chunk can answer instead.
 */
export function missingSpanishMiddleware() {
  return async (ctx, next) => {
    const file = /^\/dist-no-es\/([\w./-]+\.js)$/.exec(ctx.path)?.[1];
    if (!file || file.includes('..')) return next();
    ctx.set('cache-control', 'no-store');
    if (/^chunks\/ketamine\.es-/.test(file)) return notFound(ctx);
    try {
      ctx.body = await readFile(path.resolve('dist', file), 'utf8');
      ctx.type = 'text/javascript';
    } catch {
      notFound(ctx);
    }
  };
}

/**
 * The policy a strict clinic site sends (issue #6); the same plus the clinic dataset's origin; and
 * that plus a `trusted-types` allow-list as docs/EMBEDDING.md gives it: every copy of Lit on the
 * page (each of our scripts carries one) creates the policy "lit-html".
 */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const POLICIES = {
  strict: STRICT_CSP,
  'strict-src': `${STRICT_CSP}; connect-src 'self'`,
  'strict-tt': `${STRICT_CSP}; connect-src 'self'; trusted-types lit-html 'allow-duplicates'`,
};

/**
 * Pages under /test/embed/ are sent with a real Content-Security-Policy header chosen by
 * `?csp=strict` or `?csp=strict-src`, as a clinic's server would send it.
 */
export function cspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (!ctx.path.startsWith('/test/embed/') || !ctx.path.endsWith('.html')) return;
    const policy = POLICIES[ctx.query.csp];
    if (policy) ctx.set('content-security-policy', policy);
  };
}
