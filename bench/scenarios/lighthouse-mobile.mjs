// Lighthouse 12.2.3 mobile (its default profile: simulated slow 4G, 4× CPU slowdown, Moto G
// Power-sized screen) on a clinic-like page with one of each element, three ways, run in turn:
//   snippet      the README snippet (ketamine-widgets.css, the script, the three elements);
//   prerendered  the same with the elements' prebuilt snippets (dist/prerendered/<tag>.en.html,
//                declarative shadow DOM) in place of the empty tags; n/a without dist/prerendered;
//   twin         the static twin (declarative shadow DOM, no script), its stylesheets inline as
//                <style> in each shadow root: for one copy that is the faster static page (no extra
//                requests on a 150 ms RTT link), so the stricter floor.
// Pages are served gzip-encoded (level 9) by the bench's server, as a clinic's host would, two
// ways, each with its own twin: HTTPS with HTTP/2 (a self-signed certificate; how clinic sites
// and CDNs are served: one connection for every request), and plain HTTP/1.1, where the snippet's
// stylesheet and script each need a connection of their own. The budget reads the HTTPS figures
// (plain HTTP/1.1 when openssl is missing to make the certificate), and both are reported.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { lighthouseUrl, metricsOf } from '../lib/lighthouse.mjs';
import { TAGS, clinicPage, snippetHtml, twinElementHtml } from '../lib/pages.mjs';
import { selfSignedCert, startServer } from '../lib/server.mjs';
import { fmt, median } from '../lib/stats.mjs';

export const name = 'lighthouse-mobile';
export const browser = null;
export const needs = ['twin'];

const LCP_RATIO = 1.2;

/** The prerendered page, or the reason there is none. */
function prerendered(root) {
  const dir = path.join(root, 'dist/prerendered');
  if (!existsSync(dir)) return { na: 'n/a: no dist/prerendered' };
  const files = TAGS.map((t) => path.join(dir, `${t}.en.html`));
  const missing = files.filter((f) => !existsSync(f)).map((f) => path.relative(root, f));
  if (missing.length) return { na: `n/a: dist/prerendered has no ${missing.join(', ')}` };
  // The snippets link their shadow stylesheets from /ketamine-widgets/shadow/; here dist/ is served at /dist/.
  const elements = files.map((f) => readFileSync(f, 'utf8').trim().replaceAll('"/ketamine-widgets/shadow/', '"/dist/shadow/'));
  return { html: clinicPage(snippetHtml({ elements }), { title: 'Ketamine for chronic pain (prerendered)', probe: false }) };
}

export async function run(ctx) {
  if (!ctx.opts.lighthouse) return { skipped: '--no-lighthouse' };
  const twinHtml = ctx.twin.elements.map((e) => twinElementHtml(e, ctx.twin, 'inline')).join('\n');
  const pre = prerendered(ctx.root);
  const pages = [
    { id: 'snippet', label: 'README snippet', html: clinicPage(snippetHtml(), { title: 'Ketamine for chronic pain', probe: false }) },
    { id: 'prerendered', label: 'prerendered', ...pre },
    { id: 'twin', label: 'static twin', html: clinicPage(twinHtml, { title: 'Ketamine for chronic pain (static)', probe: false }) },
  ];
  const cert = selfSignedCert();
  const protocols = [...(cert ? [{ id: 'h2', label: 'HTTPS, HTTP/2', http2: cert }] : []), { id: 'h1', label: 'HTTP/1.1', http2: null }];
  const runs = ctx.opts.lighthouseRuns;
  const rows = [];
  let version;
  let settings;
  for (const p of pages) if (p.html) ctx.writePage(`lighthouse-${p.id}.html`, p.html);
  for (const proto of protocols) {
    const server = await startServer(ctx.root, {
      compress: true,
      http2: proto.http2,
      immutable: (path) => /^\/bench\/results\/pages\/twin-sheet-\d+\.css$/.test(path),
    });
    const out = Object.fromEntries(pages.map((p) => [p.id, []]));
    try {
      for (let i = 0; i < runs; i++) {
        for (const p of pages) {
          if (!p.html) continue;
          const url = `${server.origin}/bench/results/pages/lighthouse-${p.id}.html`;
          const lhr = await lighthouseUrl(ctx.root, url, {
            chromePath: ctx.opts.chromePath,
            chromeFlags: ['--headless', ...CHROMIUM_FLAGS, ...(proto.http2 ? ['--ignore-certificate-errors'] : [])],
            outBase: path.join(ctx.resultsDir, `lighthouse-${p.id}${proto.id === 'h1' ? '' : `-${proto.id}`}`),
            categories: ['performance'],
          });
          if (lhr.error) {
            ctx.log(`lighthouse ${p.id} (${proto.label}): ${lhr.error}`);
            out[p.id].push({ error: lhr.error });
            continue;
          }
          version = lhr.lighthouseVersion;
          settings = { formFactor: lhr.configSettings?.formFactor, throttling: lhr.configSettings?.throttling };
          out[p.id].push({ ...metricsOf(lhr), warnings: lhr.runWarnings ?? [] });
          const m = out[p.id].at(-1);
          ctx.log(
            `lighthouse ${p.id} (${proto.label}) run ${i + 1}: LCP ${fmt(m.lcp, 0)} ms, TBT ${fmt(m.tbt, 0)} ms, CLS ${fmt(m.cls, 3)}`,
          );
        }
      }
    } finally {
      await server.close();
    }
    const protoRows = pages.map((p) => {
      const base = { id: p.id, label: p.label, protocol: proto.id, served: proto.label };
      if (!p.html) return { ...base, na: p.na };
      const xs = out[p.id].filter((x) => !x.error);
      if (!xs.length) return { ...base, na: `failed: ${out[p.id][0]?.error ?? 'no run'}` };
      const med = (k) => median(xs.map((x) => x[k]));
      return {
        ...base,
        runs: xs.length,
        fcp: med('fcp'),
        lcp: med('lcp'),
        tbt: med('tbt'),
        cls: med('cls'),
        clsMax: Math.max(...xs.map((x) => x.cls)),
        tbtMax: Math.max(...xs.map((x) => x.tbt)),
        score: med('score'),
        bytes: med('bytes'),
        lcpElement: xs[0].lcpElement,
        warnings: [...new Set(xs.flatMap((x) => x.warnings))],
      };
    });
    const twin = protoRows.find((r) => r.id === 'twin');
    for (const r of protoRows) if (!r.na && twin && !twin.na) r.lcpRatio = r.lcp / twin.lcp;
    rows.push(...protoRows);
  }
  return { version, runs, ...settings, budgetProtocol: protocols[0].id, rows };
}

export function budget(r) {
  // The HTTPS (HTTP/2) rows when they were measured, else the plain HTTP/1.1 ones.
  const proto = r.budgetProtocol ?? 'h1';
  const mine = (r.rows ?? []).filter((x) => (x.protocol ?? 'h1') === proto);
  const s = mine.find((x) => x.id === 'snippet');
  const why = r.skipped ?? s?.na ?? 'not measured';
  const ok = s && !s.na;
  return [
    {
      name: 'Lighthouse mobile, snippet page LCP / static twin LCP',
      limit: `≤ ${LCP_RATIO}×`,
      value: ok ? `${fmt(s.lcpRatio, 2)}× (${fmt(s.lcp, 0)} ms / ${fmt(mine.find((x) => x.id === 'twin').lcp, 0)} ms, ${s.served})` : why,
      pass: ok && s.lcpRatio <= LCP_RATIO,
      miss: ok ? (s.lcpRatio > LCP_RATIO ? `${fmt(s.lcpRatio - LCP_RATIO, 2)}× over` : '') : why,
    },
    {
      name: 'Lighthouse mobile, snippet page TBT',
      limit: '= 0 ms',
      value: ok ? `${fmt(s.tbt, 0)} ms (worst run ${fmt(s.tbtMax, 0)})` : why,
      pass: ok && s.tbtMax <= 0,
      miss: ok ? (s.tbtMax > 0 ? `${fmt(s.tbtMax, 0)} ms over` : '') : why,
    },
    {
      name: 'Lighthouse mobile, snippet page CLS',
      limit: '= 0',
      value: ok ? `${fmt(s.cls, 3)} (worst run ${fmt(s.clsMax, 3)})` : why,
      pass: ok && s.clsMax <= 0,
      miss: ok ? (s.clsMax > 0 ? `${fmt(s.clsMax, 3)} over` : '') : why,
    },
  ];
}
