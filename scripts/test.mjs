#!/usr/bin/env node
// `npm test`: the whole quality gate in one command.
//   1. browsers: Chromium and Firefox ESR must be there. This script installs nothing: setting up
//      the machine is .ci/run's job (the one place browsers are installed); here one line says
//      what is missing, how to install it, or which path to set;
//   2. checks: the bundled data against its schema, the type-check, `npm run lint` (eslint +
//      lit-analyzer, flags written once in package.json), Prettier's check (`npm run format` fixes
//      it), and custom-elements.json against a fresh analyzer run;
//   3. the browser tests in both browsers (@web/test-runner);
//   4. the Node tests (test/node/*.node-test.ts: the server renderer, no browser or JavaScript
//      off; `npm run test:node`), each test counted;
//   5. the WordPress plugin end-to-end in a real WordPress (test/wordpress/e2e.mjs; each of its
//      assertions counts; Debian's packages are installed when missing and running as root,
//      otherwise it is one skipped check). Focused runs leave it out.
// The last line is plain "N passed, N failed" (each check counts as one), for CI to read.
// Arguments after `--` go to web-test-runner, e.g. `npm test -- --files test/dose.test.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runWordPressE2E } from '../test/wordpress/e2e.mjs';

const bin = (name) => path.resolve('node_modules/.bin', name);

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return result.status === 0;
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function findBrowsers() {
  // A path set in the environment is used as given, and reported when nothing is there.
  const pick = (env, candidates) => (env ? (existsSync(env) ? env : '') : candidates.find((p) => p && existsSync(p)) || '');
  const chrome = pick(process.env.CHROME_PATH, ['/usr/bin/chromium', which('chromium'), which('chromium-browser')]);
  const firefox = pick(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', which('firefox-esr')]);
  return { chrome, firefox };
}

/** The browsers' paths for the test runner; exits with one line naming what is missing. */
function ensureBrowsers() {
  const { chrome, firefox } = findBrowsers();
  const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',');
  const missing = [];
  if (wanted.includes('chromium') && !chrome) missing.push(['chromium', 'CHROME_PATH']);
  if (wanted.includes('firefox') && !firefox) missing.push(['firefox-esr', 'FIREFOX_PATH']);
  // The print test reads its PDF back with poppler's pdftotext (Chromium only): needed by a full
  // run, or a focused one that names the accessibility tests.
  const printTest = !focused || extra.some((arg) => /a11y|print/.test(arg));
  if (wanted.includes('chromium') && printTest && !which('pdftotext')) {
    console.error(
      'Cannot run the browser tests: pdftotext not found (the print test reads its PDF with it). ' +
        'Install with `sudo apt-get install poppler-utils` (or run .ci/run, which sets up a Debian machine).',
    );
    process.exit(1);
  }
  if (missing.length) {
    console.error(
      `Cannot run the browser tests: ${missing.map(([p]) => p).join(' and ')} not found. ` +
        `Install with \`sudo apt-get install ${missing.map(([p]) => p).join(' ')}\` (or run .ci/run, which sets up a Debian machine), ` +
        `or set ${missing.map(([, v]) => v).join(' and ')} to the browser's path. BROWSERS=chromium or BROWSERS=firefox runs one.`,
    );
    process.exit(1);
  }
  return { CHROME_PATH: chrome, FIREFOX_PATH: firefox };
}

const extra = process.argv.slice(2);
const focused = extra.length > 0;
const browserEnv = ensureBrowsers();

const checks = focused
  ? []
  : [
      ['data', () => run(bin('tsx'), ['scripts/validate-data.ts'])],
      ['types', () => run('npm', ['run', '--silent', 'typecheck'])],
      ['lint', () => run('npm', ['run', '--silent', 'lint'])],
      ['format', () => run('npm', ['run', '--silent', 'format:check'])],
      ['manifest', () => run(process.execPath, ['scripts/check-manifest.mjs'])],
      // The embedding and demo tests load the real drop-in file, as a clinic's page would.
      ['build', () => run(process.execPath, ['scripts/build.mjs', '--lib'])],
    ];
// A focused run builds only when there is no drop-in yet.
if (focused && !existsSync('dist/ketamine-widgets.js')) checks.push(['build', () => run(process.execPath, ['scripts/build.mjs', '--lib'])]);

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, check] of checks) {
  console.log(`\n▶ ${name}`);
  if (check()) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

console.log('\n▶ browser tests (Chromium and Firefox ESR)');
const dir = mkdtempSync(path.join(tmpdir(), 'kw-test-'));
const countFile = path.join(dir, 'counts.json');
const ok = run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs', ...extra], {
  env: { ...process.env, ...browserEnv, KW_COUNT_FILE: countFile },
});
let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0, browsers: {} };
if (existsSync(countFile)) counts = JSON.parse(readFileSync(countFile, 'utf8'));
rmSync(dir, { recursive: true, force: true });
if (!ok && counts.failed === 0) counts.failed = 1;
if (!ok) failures.push('browser tests');

/** node --test, TAP output: its own summary lines give the counts. */
function runNodeTests() {
  const files = existsSync('test/node')
    ? readdirSync('test/node')
        .filter((f) => f.endsWith('.node-test.ts'))
        .map((f) => path.join('test/node', f))
    : [];
  if (!files.length) return { passed: 0, failed: 0, skipped: 0 };
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], {
    encoding: 'utf8',
    env: { ...process.env, ...browserEnv },
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(
    r.stdout
      .split('\n')
      .filter((l) => /^(not ok|ok|# )/.test(l.trim()) || /^\s+error:/.test(l))
      .join('\n') + '\n',
  );
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(r.stdout)?.[1] ?? 0);
  const c = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
  if (r.status !== 0 && c.failed === 0) c.failed = 1;
  return c;
}

let node = { passed: 0, failed: 0, skipped: 0 };
if (!focused) {
  console.log('\n▶ Node tests (server rendering; Chromium with JavaScript off)');
  node = runNodeTests();
  if (node.failed) failures.push('node tests');
}

let wordpress = { passed: 0, failed: 0, skipped: 0, failures: [] };
if (!focused) {
  console.log('\n▶ WordPress plugin end-to-end (Debian WordPress, MariaDB, PHP, Chromium)');
  wordpress = await runWordPressE2E();
  if (wordpress.failed) failures.push(`wordpress (${wordpress.failures.join('; ')})`);
}

for (const [browser, c] of Object.entries(counts.browsers)) {
  console.log(`  ${browser}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}
if (checks.length) console.log(`  checks: ${passed} passed, ${failed} failed (${checks.map(([n]) => n).join(', ')})`);
if (!focused) console.log(`  node: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped`);
if (!focused) console.log(`  wordpress: ${wordpress.passed} passed, ${wordpress.failed} failed, ${wordpress.skipped} skipped`);
if (failures.length) console.log(`  failed: ${failures.join(', ')}`);

const total = {
  passed: passed + counts.passed + node.passed + wordpress.passed,
  failed: failed + counts.failed + node.failed + wordpress.failed,
  skipped: counts.skipped + node.skipped + wordpress.skipped,
};
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
