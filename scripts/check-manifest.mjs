// Fails when custom-elements.json differs from a fresh analyzer run: the manifest is generated
// from the JSDoc on the element classes (`npm run analyze`), never edited by hand.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

// The analyzer resolves --outdir against the working directory, even an absolute one.
const dir = path.join('node_modules', '.cache', `kw-cem-${process.pid}`);

// The analyzer lists modules in the file system's order, which differs between checkouts; the
// committed manifest is sorted by path so that every machine produces the same file.
const sorted = (manifest) => ({ ...manifest, modules: [...manifest.modules].sort((a, b) => a.path.localeCompare(b.path)) });

if (process.argv.includes('--normalize')) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync('custom-elements.json', JSON.stringify(sorted(manifest), null, 2) + '\n');
  process.exit(0);
}
try {
  const r = spawnSync(
    path.resolve('node_modules/.bin/custom-elements-manifest'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  const fresh = sorted(JSON.parse(readFileSync(path.join(dir, 'custom-elements.json'), 'utf8')));
  if (!existsSync('custom-elements.json')) {
    console.error('custom-elements.json is missing: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  if (!isDeepStrictEqual(fresh, committed)) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  const tags = fresh.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
  console.log(`custom-elements.json is current (${tags.length} elements: ${tags.join(', ')})`);
  const readme = spawnSync(process.execPath, ['scripts/readme-api.mjs', '--check'], { stdio: 'inherit' });
  if (readme.status !== 0) process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
