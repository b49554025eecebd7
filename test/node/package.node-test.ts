/**
 * What `npm publish` would ship, read from `npm pack --dry-run --json` (no tarball is written):
 * every file the package.json `exports` and `bin` name, and not the demo (a development page that
 * fetches and parses HTML strings, which the library itself never does). Needs the build (dist/):
 * `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
};
// npm test builds without the demo (--lib): a stand-in page makes sure there is one to leave out.
const DEMO = path.join(ROOT, 'dist/demo');
const standIn = existsSync(DEMO) ? undefined : path.join(DEMO, 'stand-in.html');
if (standIn) {
  mkdirSync(DEMO, { recursive: true });
  writeFileSync(standIn, '<!doctype html><title>stand-in</title>');
}
let packed: { files: { path: string }[] };
try {
  [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [typeof packed];
} finally {
  if (standIn) rmSync(DEMO, { recursive: true, force: true });
}
const files = new Set(packed.files.map((f) => f.path));

/** Every file path an `exports` target names, wildcards left out. */
function exportedFiles(): string[] {
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  return targets.filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, ''));
}

describe('the npm package', () => {
  it('ships every file its exports and bin name', () => {
    const named = [...exportedFiles(), ...Object.values(pkg.bin).map((b) => b.replace(/^\.\//, ''))];
    assert.ok(named.length > 5, `exports name files: ${named.join(', ')}`);
    assert.deepEqual(
      named.filter((f) => !files.has(f)),
      [],
    );
  });

  it('ships no demo', () => {
    assert.ok(files.has('dist/ketamine-widgets.js'), 'the drop-in is packed');
    assert.deepEqual(
      [...files].filter((f) => f.startsWith('dist/demo/')),
      [],
    );
  });
});
