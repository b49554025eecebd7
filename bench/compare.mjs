#!/usr/bin/env node
// `npm run bench:compare -- --base <ref> [--head <ref>|WORKTREE]`: the drop-ins of two commits
// measured side by side in one browser, to tell a real change from the machine's noise (a
// refactor that should change nothing, #13). Each ref gets a temporary git worktree under
// bench/results/compare/ (node_modules symlinked to this checkout's), where only the drop-in is
// built (`vite build --mode cdn`, as scripts/build.mjs does); its files are copied to
// bench/results/compare/<label>/ and the worktree is removed, also on failure. WORKTREE (the
// default head) builds this checkout's sources as they are, uncommitted changes included, into
// bench/results/compare/ without touching dist/.
//
// Then, in one Chromium, for each page size K: N pairs of cold loads of the render scenario's page
// (K copies of each element, as the README snippet writes them), one with each drop-in, the order
// alternating between pairs; ratio = head/base within each pair. Also the sizes, the JS heap per
// element copy at 100 copies (as scenarios/heap.mjs) and the longest task at 100 copies (as the
// render scenario), and the same render pairs in Firefox ESR (as scenarios/firefox.mjs).
// Results: a table on stdout and bench/results/compare/latest.json.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapOf, launchChromium, launchFirefox, load } from './lib/browser.mjs';
import { widgetPage } from './lib/pages.mjs';
import { startServer } from './lib/server.mjs';
import { measure, staticClosure } from './lib/sizes.mjs';
import { fmt, fmtInt, median, spread, table } from './lib/stats.mjs';
import { measurePairs } from './scenarios/render.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/results/compare');
const PAGES = path.join(OUT, 'pages');
const WORKTREE = 'WORKTREE';
const HEAP_COPIES = 100;
const t0 = Date.now();
const log = (msg) => process.stderr.write(`[compare ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

function parseArgs(argv = process.argv.slice(2)) {
  const option = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const base = option('--base', null);
  const reprint = option('--report', null);
  if ((!base && !reprint) || argv.includes('--help')) {
    console.error(
      'usage: node bench/compare.mjs --base <git-ref> [--head <git-ref>|WORKTREE] [--runs N] [--copies 1,10,100] [--no-firefox] [--sizes-only] [--json FILE]\n       node bench/compare.mjs --report FILE   (prints the tables of a saved run again)',
    );
    process.exit(2);
  }
  return {
    base,
    head: option('--head', WORKTREE),
    runs: Math.max(1, Number(option('--runs', 7)) || 7),
    copies: option('--copies', '1,10,100').split(',').map(Number),
    firefox: !argv.includes('--no-firefox'),
    sizesOnly: argv.includes('--sizes-only'),
    json: option('--json', null),
    reprint,
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    firefoxPath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  };
}

const git = (args, cwd = ROOT) => spawnSync('git', args, { cwd, encoding: 'utf8' });

function resolveRef(ref) {
  if (ref === WORKTREE) {
    const sha = git(['rev-parse', '--short', 'HEAD']).stdout.trim();
    const dirty = git(['status', '--porcelain', '--', 'src', 'vite.config.ts', 'scripts', 'package.json']).stdout.trim();
    return { ref, sha: null, describe: `working tree at ${sha}${dirty ? ' with uncommitted changes' : ''}` };
  }
  const r = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.status !== 0) throw new Error(`--base/--head: ${ref} is not a commit here`);
  const sha = r.stdout.trim();
  const subject = git(['log', '-1', '--format=%s', sha]).stdout.trim();
  return { ref, sha, describe: `${ref}: ${subject.length > 60 ? `${subject.slice(0, 60)}…` : subject}` };
}

// The temporary worktrees still on disk, removed by cleanup() whatever happens.
const worktrees = new Set();

function removeWorktree(dir) {
  rmSync(path.join(dir, 'node_modules'), { force: true }); // the symlink, never what it points to
  git(['worktree', 'remove', '--force', dir]);
  rmSync(dir, { recursive: true, force: true });
  worktrees.delete(dir);
}

function cleanup() {
  for (const dir of [...worktrees]) removeWorktree(dir);
  git(['worktree', 'prune']);
}

/** `vite build --mode cdn` in `cwd`; the error says which ref failed and why. */
function viteCdnBuild(cwd, label, extra = []) {
  const vite = path.join(ROOT, 'node_modules/.bin/vite');
  const r = spawnSync(vite, ['build', '--mode', 'cdn', '--logLevel', 'warn', ...extra], { cwd, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(
      `the drop-in of ${label} does not build with this checkout's node_modules (vite build --mode cdn, exit ${r.status}):\n${(r.stderr || r.stdout).trim()}`,
    );
  }
}

/**
 * Builds one side's drop-in and copies ketamine-widgets.js, chunks/ and (when the ref has it)
 * ketamine-widgets.css to bench/results/compare/<label>/.
 */
function buildSide(side, label) {
  const dest = path.join(OUT, label);
  rmSync(dest, { recursive: true, force: true });
  const started = Date.now();
  if (side.ref === WORKTREE) {
    // This checkout as it is, built beside the results so dist/ stays as it was.
    const scratch = path.join(OUT, `build-${label}`);
    viteCdnBuild(ROOT, `the working tree`, ['--outDir', scratch, '--emptyOutDir']);
    copyDropIn(scratch, path.join(ROOT, 'src/ketamine-widgets.css'), dest);
    rmSync(scratch, { recursive: true, force: true });
  } else {
    const dir = path.join(OUT, `wt-${label}`);
    if (existsSync(dir)) removeWorktree(dir); // left by a run that was killed
    git(['worktree', 'prune']);
    const add = git(['worktree', 'add', '--detach', dir, side.sha]);
    if (add.status !== 0) throw new Error(`git worktree add ${side.ref} failed: ${add.stderr.trim()}`);
    worktrees.add(dir);
    try {
      symlinkSync(realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'));
      viteCdnBuild(dir, `${side.ref} (${side.sha.slice(0, 7)})`);
      copyDropIn(path.join(dir, 'dist'), path.join(dir, 'src/ketamine-widgets.css'), dest);
    } finally {
      removeWorktree(dir);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  log(`built ${label} (${side.describe}) in ${seconds.toFixed(0)} s`);
  return { dir: dest, buildSeconds: seconds };
}

function copyDropIn(dist, css, dest) {
  mkdirSync(dest, { recursive: true });
  cpSync(path.join(dist, 'ketamine-widgets.js'), path.join(dest, 'ketamine-widgets.js'));
  if (existsSync(path.join(dist, 'chunks'))) cpSync(path.join(dist, 'chunks'), path.join(dest, 'chunks'), { recursive: true });
  if (existsSync(css)) cpSync(css, path.join(dest, 'ketamine-widgets.css'));
}

/** The drop-in's sizes (as scenarios/sizes.mjs: each file compressed on its own) and hashes. */
async function sizesOf(dir) {
  const file = path.join(dir, 'ketamine-widgets.js');
  const buf = readFileSync(file);
  const closure = await staticClosure(file);
  const chunks = existsSync(path.join(dir, 'chunks')) ? readdirSync(path.join(dir, 'chunks')).sort() : [];
  const css = path.join(dir, 'ketamine-widgets.css');
  const hashOf = (b) => createHash('sha256').update(b).digest('hex');
  return {
    dropIn: { ...measure(buf), sha256: hashOf(buf) },
    defaultPathFiles: closure.files.length,
    chunks: chunks.map((name) => ({ name, ...measure(readFileSync(path.join(dir, 'chunks', name))) })),
    // The chunks' contents without their hashed names, to say whether two builds are the same bytes.
    chunksSha256: hashOf(chunks.map((n) => hashOf(readFileSync(path.join(dir, 'chunks', n)))).join('\n')),
    css: existsSync(css) ? { ...measure(readFileSync(css)), sha256: hashOf(readFileSync(css)) } : null,
  };
}

/** N alternating pairs per page size; head plays the render scenario's "widgets", base its "static". */
async function renderPairs(loadFn, urls, runs, copies, { heap = false, label }) {
  const rows = [];
  for (const k of copies) {
    const after = heap && k === HEAP_COPIES ? heapOf : undefined;
    const { w, s, row } = await measurePairs(loadFn, { wUrl: urls.head(k), sUrl: urls.base(k) }, runs, {
      after,
      onError: (e) => log(`  ${label} page errors on head, ${k} copies: ${e.slice(0, 3).join(' | ')}`),
    });
    const baseErrors = s.flatMap((r) => r.errors);
    if (baseErrors.length) log(`  ${label} page errors on base, ${k} copies: ${baseErrors.slice(0, 3).join(' | ')}`);
    const ratios = w.map((r, i) => r.rendered / s[i].rendered);
    const longestRatios = w.map((r, i) => r.longest / s[i].longest);
    const out = {
      copies: k,
      pairs: runs,
      base: row.static,
      head: row.widgets,
      ratio: { ...row.pairedRatio, all: ratios },
      baseSpread: row.staticSpread,
      headSpread: row.widgetsSpread,
      longest: {
        base: median(s.map((r) => r.longest)),
        head: median(w.map((r) => r.longest)),
        baseSpread: spread(s.map((r) => r.longest)),
        headSpread: spread(w.map((r) => r.longest)),
        ratio: { median: median(longestRatios), ...spread(longestRatios) },
      },
      raw: { base: s.map((r) => r.rendered), head: w.map((r) => r.rendered) },
      heap: after && { base: s.map((r) => r.extra), head: w.map((r) => r.extra) },
    };
    rows.push(out);
    log(
      `${label} ${k} copies: base ${fmt(out.base)} ms, head ${fmt(out.head)} ms, head/base ${fmt(out.ratio.median, 3)} (pairs ${fmt(out.ratio.min, 3)}–${fmt(out.ratio.max, 3)})`,
    );
  }
  return rows;
}

/** JS heap, Blink heap and DOM nodes per element copy at 100 copies, as scenarios/heap.mjs. */
async function heapPerCopy(loadFn, urls, render, runs) {
  const r100 = render.find((r) => r.copies === HEAP_COPIES);
  if (!r100?.heap) return null;
  // The 0-copy page (script loaded) with each drop-in, alternating, min(runs, 3) times each.
  const empty = { base: [], head: [] };
  for (let i = 0; i < Math.min(runs, 3); i++) {
    for (const side of i % 2 ? ['base', 'head'] : ['head', 'base'])
      empty[side].push((await loadFn(urls[side](0), { after: heapOf })).extra);
  }
  const out = {};
  for (const side of ['base', 'head']) {
    const m = (xs, key) => median(xs.map((x) => x[key]));
    const per = (key) => (m(r100.heap[side], key) - m(empty[side], key)) / (3 * HEAP_COPIES);
    out[side] = { jsPerCopy: per('js'), domPerCopy: per('embedder'), nodesPerCopy: per('nodes') };
  }
  out.raw = { loaded: r100.heap, empty };
  return out;
}

const range = (s, d = 0) => `${fmt(s.min, d)}–${fmt(s.max, d)}`;
const straddles = (s) => (s.min <= 1 && s.max >= 1 ? 'yes' : 'no');
const signed = (n) => (n > 0 ? `+${fmtInt(n)}` : n < 0 ? `−${fmtInt(-n)}` : '0');

function renderTable(rows) {
  return table(
    ['copies ×3', 'pairs', 'base ms', 'head ms', 'head/base', 'pair ratios min–max', 'straddles 1', 'base range', 'head range'],
    rows.map((r) => [
      r.copies,
      r.pairs,
      fmt(r.base),
      fmt(r.head),
      fmt(r.ratio.median, 3),
      `${fmt(r.ratio.min, 3)}–${fmt(r.ratio.max, 3)}`,
      straddles(r.ratio),
      range(r.baseSpread),
      range(r.headSpread),
    ]),
  );
}

function report(res) {
  const { base, head } = res;
  const out = [];
  out.push(
    `ketamine-widgets compare: base ${base.label} (${base.describe}) vs head ${head.label} (${head.describe})`,
    `${res.chrome ?? 'no browser (--sizes-only)'}, ${res.machine.cpus} CPUs (load ${res.machine.loadavg.map((x) => x.toFixed(1)).join(' ')} at start, ${res.machine.loadavgEnd.map((x) => x.toFixed(1)).join(' ')} at end), ${res.date}`,
  );
  if (!res.sizesOnly) {
    out.push(
      `${res.runs} pairs per page size; each pair is one cold load with each drop-in (fresh context), the order alternating between pairs; head/base = median of the per-pair ratios.`,
    );
  }
  const sb = base.sizes;
  const sh = head.sizes;
  const sizeRow = (name, a, b) => [name, fmtInt(a), fmtInt(b), signed(b - a), fmt(b / a, 4)];
  out.push(
    '',
    'SIZES, the drop-in ketamine-widgets.js (bytes; gzip -9, brotli -q 11, as scenarios/sizes.mjs)',
    table(
      ['', 'base', 'head', 'head − base', 'head/base'],
      [
        sizeRow('raw', sb.dropIn.raw, sh.dropIn.raw),
        sizeRow('gzip', sb.dropIn.gzip, sh.dropIn.gzip),
        sizeRow('brotli', sb.dropIn.brotli, sh.dropIn.brotli),
        sizeRow('chunks/, gzip (sum)', sum(sb.chunks, 'gzip'), sum(sh.chunks, 'gzip')),
      ],
    ),
    `  sha256 ketamine-widgets.js: base ${sb.dropIn.sha256.slice(0, 16)}…, head ${sh.dropIn.sha256.slice(0, 16)}… (${sb.dropIn.sha256 === sh.dropIn.sha256 ? 'identical' : 'different'})`,
    `  chunks/: base ${sb.chunks.length} files, head ${sh.chunks.length} (contents ${sb.chunksSha256 === sh.chunksSha256 ? 'identical' : 'different'}); ketamine-widgets.css ${
      sb.css && sh.css
        ? sb.css.sha256 === sh.css.sha256
          ? 'identical'
          : `different (${fmtInt(sb.css.gzip)} → ${fmtInt(sh.css.gzip)} B gzip)`
        : 'missing on one side'
    }`,
  );
  if (res.sizesOnly) return out.join('\n');
  out.push(
    '',
    'RENDER, Chromium (ms, navigation start → every element rendered and the next frame painted; the render scenario’s page and probe)',
  );
  out.push(renderTable(res.chromium.render));
  const h = res.chromium.heap;
  if (h) {
    // Each run's figure against the median 0-copy page: the spread of the heap readings.
    const runs = (side, key) => {
      const empty = median(h.raw.empty[side].map((x) => x[key]));
      return spread(h.raw.loaded[side].map((x) => (x[key] - empty) / (3 * HEAP_COPIES)));
    };
    out.push(
      '',
      `HEAP per element copy at ${HEAP_COPIES} copies (after three forced GCs, minus the 0-copy page, over 3 × ${HEAP_COPIES}; as scenarios/heap.mjs; medians, and each run's min–max)`,
      table(
        ['', 'base', 'head', 'head − base', 'head/base', 'base runs', 'head runs'],
        [
          ['JS heap, B', 'jsPerCopy', 'js'],
          ['Blink heap, B', 'domPerCopy', 'embedder'],
          ['DOM nodes', 'nodesPerCopy', 'nodes'],
        ].map(([n, k, raw]) => {
          const [a, b] = [h.base[k], h.head[k]];
          const r = (side) => runs(side, raw);
          return [
            n,
            fmtInt(a),
            fmtInt(b),
            signed(b - a),
            fmt(b / a, 3),
            `${fmtInt(r('base').min)}–${fmtInt(r('base').max)}`,
            `${fmtInt(r('head').min)}–${fmtInt(r('head').max)}`,
          ];
        }),
      ),
    );
  }
  const l = res.chromium.render.find((r) => r.copies === HEAP_COPIES)?.longest;
  if (l) {
    out.push(
      '',
      `LONGEST TASK at ${HEAP_COPIES} copies (ms, longtask observer on the render loads above; medians, min–max)`,
      table(
        ['base ms', 'base range', 'head ms', 'head range', 'head/base', 'pair ratios min–max', 'straddles 1'],
        [
          [
            fmt(l.base),
            range(l.baseSpread),
            fmt(l.head),
            range(l.headSpread),
            fmt(l.ratio.median, 3),
            range(l.ratio, 3),
            straddles(l.ratio),
          ],
        ],
      ),
    );
  }
  if (res.firefox?.render) {
    out.push(
      '',
      `RENDER, Firefox ESR (${res.firefox.version}, WebDriver BiDi; the same pages, probe and pairs)`,
      renderTable(res.firefox.render),
    );
  } else if (res.firefox?.skipped) {
    out.push('', `Firefox ESR: ${res.firefox.skipped}`);
  }
  out.push('', `compare took ${fmt(res.seconds, 0)} s.`);
  return out.join('\n');
}

const sum = (xs, key) => xs.reduce((a, x) => a + x[key], 0);

async function main() {
  const opts = parseArgs();
  if (opts.reprint) {
    console.log(report(JSON.parse(readFileSync(path.resolve(opts.reprint), 'utf8'))));
    return;
  }
  const loadavg = os.loadavg();
  log(`${os.cpus().length} CPUs, load average ${loadavg.map((x) => x.toFixed(1)).join(' ')}`);
  const sides = { base: resolveRef(opts.base), head: resolveRef(opts.head) };
  const labelOf = (which, s) => `${which}-${s.sha ? s.sha.slice(0, 7) : 'worktree'}`;
  mkdirSync(OUT, { recursive: true });
  for (const which of ['base', 'head']) {
    const s = sides[which];
    s.label = labelOf(which, s);
    Object.assign(s, buildSide(s, s.label));
    s.sizes = await sizesOf(s.dir);
  }
  const res = {
    date: new Date().toISOString(),
    base: sides.base,
    head: sides.head,
    runs: opts.runs,
    copies: opts.copies,
    sizesOnly: opts.sizesOnly,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg },
  };

  if (!opts.sizesOnly) {
    rmSync(PAGES, { recursive: true, force: true });
    mkdirSync(PAGES, { recursive: true });
    const server = await startServer(OUT);
    const url = (which, k) => {
      const name = `${sides[which].label}-${k}.html`;
      writeFileSync(path.join(PAGES, name), widgetPage(k, { src: `/${sides[which].label}/ketamine-widgets.js` }));
      return `${server.origin}/pages/${name}`;
    };
    const urls = { base: (k) => url('base', k), head: (k) => url('head', k) };
    try {
      const chromium = await launchChromium(opts.chromePath);
      try {
        res.chrome = await chromium.version();
        log(`${res.chrome}; server ${server.origin}`);
        const cLoad = (u, o) => load(chromium, u, o);
        // Warm-up: the first loads of a browser session are slow; one of each, not counted.
        await cLoad(urls.base(1));
        await cLoad(urls.head(1));
        const render = await renderPairs(cLoad, urls, opts.runs, opts.copies, { heap: true, label: 'chromium' });
        const heap = await heapPerCopy(cLoad, urls, render, opts.runs);
        for (const r of render) delete r.heap;
        res.chromium = { render, heap };
      } finally {
        await chromium.close();
      }
      // Firefox after Chromium is closed, so two browsers never compete for the cores.
      if (opts.firefox) {
        let ff;
        try {
          ff = await launchFirefox(opts.firefoxPath);
        } catch (e) {
          res.firefox = { skipped: `could not be started over WebDriver BiDi: ${String(e.message ?? e).split('\n')[0]}` };
        }
        if (ff) {
          try {
            const version = await ff.version();
            log(`firefox: ${version}`);
            const fLoad = (u, o) => load(ff, u, o);
            await fLoad(urls.base(1));
            await fLoad(urls.head(1));
            const render = await renderPairs(
              fLoad,
              urls,
              opts.runs,
              opts.copies.filter((k) => k <= 100),
              { label: 'firefox' },
            );
            // Firefox has no long-task API: the longest-task figures are Chromium's only.
            for (const r of render) delete r.longest;
            res.firefox = { version, render };
          } finally {
            await ff.close();
          }
        }
      } else {
        res.firefox = { skipped: '--no-firefox' };
      }
    } finally {
      await server.close();
    }
  }
  res.machine.loadavgEnd = os.loadavg();
  res.seconds = (Date.now() - t0) / 1000;
  writeFileSync(path.join(OUT, 'latest.json'), JSON.stringify(res, null, 2));
  if (opts.json) writeFileSync(path.resolve(opts.json), JSON.stringify(res, null, 2));
  console.log(report(res));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

main()
  .catch((e) => {
    console.error(`compare: ${e?.message ?? e}`);
    process.exitCode = 2;
  })
  .finally(cleanup);
