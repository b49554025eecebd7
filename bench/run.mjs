#!/usr/bin/env node
// `npm run bench`: builds, then runs every scenario in bench/scenarios/ (each exports `run` and
// `budget`), prints one report (bench/report.mjs) and, with --check, exits 1 when a budget is
// missed. Options: bench/lib/options.mjs and bench/README.md. Results also go to
// bench/results/latest.json (git-ignored), with the generated pages in bench/results/pages/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, load } from './lib/browser.mjs';
import { parseOptions } from './lib/options.mjs';
import { startServer } from './lib/server.mjs';
import { report } from './report.mjs';
import * as sizes from './scenarios/sizes.mjs';
import * as twin from './scenarios/twin.mjs';
import * as zod from './scenarios/zod.mjs';
import * as stylesheets from './scenarios/stylesheets.mjs';
import * as render from './scenarios/render.mjs';
import * as heap from './scenarios/heap.mjs';
import * as tasks from './scenarios/tasks.mjs';
import * as cls from './scenarios/cls.mjs';
import * as bytes from './scenarios/bytes.mjs';
import * as firefox from './scenarios/firefox.mjs';
import * as lighthouseMobile from './scenarios/lighthouse-mobile.mjs';
import * as lighthouseDemo from './scenarios/lighthouse-demo.mjs';

// Run order: Chromium scenarios share one browser, closed before Firefox and Lighthouse (which
// launch their own) so no two browsers compete for the cores.
const SCENARIOS = [sizes, twin, zod, stylesheets, render, heap, tasks, cls, bytes, firefox, lighthouseMobile, lighthouseDemo];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench/results');
const PAGES = path.join(RESULTS, 'pages');
const t0 = Date.now();
const opts = parseOptions();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);

function build() {
  if (!opts.build) {
    if (!existsSync(path.join(ROOT, 'dist/ketamine-widgets.js'))) {
      console.error('--no-build: dist/ketamine-widgets.js does not exist; run npm run build first.');
      process.exit(2);
    }
    log('using the existing dist/ (--no-build)');
    return { skipped: true };
  }
  log('building: node scripts/build.mjs');
  const start = Date.now();
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  process.stderr.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    console.error('bench: the build failed, so there is nothing to measure (see above).');
    process.exit(2);
  }
  return { seconds: (Date.now() - start) / 1000 };
}

/** The scenarios to run: all, or --only's and what they need (every browser scenario needs the twin). */
function selected() {
  if (!opts.only) return SCENARIOS;
  const want = new Set(opts.only);
  for (const s of SCENARIOS) if (want.has(s.name)) for (const n of s.needs ?? []) want.add(n);
  if (SCENARIOS.some((s) => want.has(s.name) && s.browser)) want.add('twin');
  return SCENARIOS.filter((s) => want.has(s.name));
}

async function main() {
  const buildInfo = build();
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  const server = await startServer(ROOT, { immutable: (p) => /^\/bench\/results\/pages\/twin-sheet-\d+\.css$/.test(p) });
  let chromium;
  const ctx = {
    root: ROOT,
    resultsDir: RESULTS,
    pagesDir: PAGES,
    opts,
    log,
    server,
    results: {},
    chromium: async () => (chromium ??= await launchChromium(opts.chromePath)),
    load: async (url, o) => load(await ctx.chromium(), url, o),
    writePage(name, html) {
      writeFileSync(path.join(PAGES, name), html);
      return `${server.origin}/bench/results/pages/${name}`;
    },
  };
  const loadavg = os.loadavg();
  const chromeVersion = await (await ctx.chromium()).version();
  log(`${chromeVersion}; server ${server.origin}; ${os.cpus().length} CPUs, load average ${loadavg.map((x) => x.toFixed(1)).join(' ')}`);
  try {
    for (const s of selected()) {
      if (s.browser !== 'chromium' && chromium) {
        await chromium.close();
        chromium = undefined;
      }
      try {
        ctx.results[s.name] = await s.run(ctx);
      } catch (e) {
        // One scenario failing (a browser timing out on a busy machine) costs its own figures only.
        const error = String(e?.message ?? e).split('\n')[0];
        log(`${s.name} failed: ${error}`);
        ctx.results[s.name] = { error };
        if (chromium) await chromium.close().catch(() => {});
        chromium = undefined;
      }
    }
  } finally {
    await chromium?.close();
    await server.close();
  }

  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'bench', 'scripts', 'vite.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const results = {
    date: new Date().toISOString(),
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes)' : ''}` : null,
    chrome: chromeVersion,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg, loadavgEnd: os.loadavg() },
    runs: opts.runs,
    runs1000: opts.runs1000,
    build: buildInfo,
    ...ctx.results,
  };
  results.budgets = selected().flatMap((s) => {
    const r = results[s.name];
    if (r?.error || (s.needs ?? []).some((n) => results[n]?.error)) {
      return [
        {
          name: `${s.name} (every budget it checks)`,
          limit: '',
          value: '',
          pass: false,
          miss: `scenario failed: ${r?.error ?? 'a scenario it needs failed'}`,
        },
      ];
    }
    return s.budget(r, results);
  });
  results.seconds = (Date.now() - t0) / 1000;

  writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(results, null, 2));
  if (opts.json) writeFileSync(path.resolve(opts.json), JSON.stringify(results, null, 2));
  console.log(report(results));
  // Issue #14 in the same run: the prerendered page against its static twin (goal 1.05× or
  // better, not a budget) and what hydration costs against rendering in the browser.
  if (!opts.only || opts.only.includes('prerendered')) {
    const pre = spawnSync(process.execPath, [path.join(ROOT, 'bench/prerendered.mjs'), '--runs', String(opts.runs)], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (pre.status !== 0) console.error(`bench/prerendered.mjs failed (exit ${pre.status}): its figures are missing.`);
  }
  if (opts.check && results.budgets.some((b) => !b.pass)) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
