// Lighthouse 12.2.3 (its CLI, in a child process) against `vite preview` of the built demo.
// The preview server is started on a free port and stopped again by its own pid.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function run(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/**
 * One Lighthouse run (mobile, its default profile: simulated slow 4G and 4× CPU slowdown) of `url`,
 * in a Chromium it launches itself. Resolves to the parsed report (lhr) or { error }.
 * Writes `${outBase}.report.json` (and `.report.html` with `html: true`).
 */
export async function lighthouseUrl(root, url, { chromePath, chromeFlags, outBase, categories = CATEGORIES, html = false }) {
  const { code, out } = await run(
    path.join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      '--output=json',
      ...(html ? ['--output=html'] : []),
      `--output-path=${html ? outBase : `${outBase}.report.json`}`,
      `--chrome-flags=${chromeFlags.join(' ')}`,
    ],
    { cwd: root, env: { ...process.env, CHROME_PATH: chromePath } },
  );
  const jsonFile = `${outBase}.report.json`;
  if (code !== 0 || !existsSync(jsonFile)) return { error: `lighthouse exited ${code}: ${out.trim().slice(-500)}` };
  return JSON.parse(readFileSync(jsonFile, 'utf8'));
}

/** LCP, TBT, CLS, FCP and SI as numbers (ms; CLS unitless) from a report. */
export function metricsOf(lhr) {
  const v = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    fcp: v('first-contentful-paint'),
    lcp: v('largest-contentful-paint'),
    tbt: v('total-blocking-time'),
    cls: v('cumulative-layout-shift'),
    si: v('speed-index'),
    score: lhr.categories.performance?.score == null ? NaN : Math.round(lhr.categories.performance.score * 100),
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    bytes: lhr.audits['total-byte-weight']?.numericValue ?? NaN,
  };
}

/**
 * Returns { url, scores: { performance, … }, failing: [{ category, id, title, score, displayValue }],
 * reportHtml, reportJson } or { skipped: reason }.
 */
export async function runLighthouse(root, { chromePath, chromeFlags, outDir }) {
  const demo = path.join(root, 'dist/demo/index.html');
  if (!existsSync(demo)) return { skipped: 'dist/demo/index.html does not exist (the demo has not been built)' };
  const port = await freePort();
  const vite = spawn(
    path.join(root, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: false,
    },
  );
  let viteLog = '';
  vite.stdout.on('data', (d) => (viteLog += d));
  vite.stderr.on('data', (d) => (viteLog += d));
  const url = `http://127.0.0.1:${port}/`;
  try {
    if (!(await waitFor(url, 30_000))) return { skipped: `vite preview did not answer on ${url}: ${viteLog.trim().slice(0, 300)}` };
    const base = path.join(outDir, 'lighthouse');
    const lhr = await lighthouseUrl(root, url, { chromePath, chromeFlags, outBase: base, html: true });
    if (lhr.error) return { skipped: lhr.error };
    const jsonFile = `${base}.report.json`;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
    );
    const failing = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        // As Lighthouse's report does: an audit passes at 0.9 (binary audits score 0 or 1);
        // metrics are printed apart, and hidden audits (TTI, max potential FID) are not shown.
        if (!a || a.score === null || a.score >= 0.9) continue;
        if (['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode)) continue;
        if (ref.group === 'hidden') continue;
        failing.push({ category: c, id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? '', weight: ref.weight });
      }
    }
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
        id,
        lhr.audits[id]?.displayValue ?? null,
      ]),
    );
    return {
      url,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings?.formFactor,
      scores,
      metrics,
      failing,
      runWarnings: lhr.runWarnings ?? [],
      reportHtml: path.relative(root, `${base}.report.html`),
      reportJson: path.relative(root, jsonFile),
    };
  } finally {
    if (vite.exitCode === null) {
      vite.kill('SIGTERM');
      await new Promise((r) => {
        const t = setTimeout(() => {
          if (vite.exitCode === null) vite.kill('SIGKILL');
          r();
        }, 3000);
        vite.once('exit', () => {
          clearTimeout(t);
          r();
        });
      });
    }
  }
}
