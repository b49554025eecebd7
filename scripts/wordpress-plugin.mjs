// The WordPress plugin: copies wordpress/ketamine-widgets/ and the built library (drop-in,
// chunks, stylesheet, themes, JSON Schema, and prerendered snippets when the build made them)
// into dist/wordpress/ketamine-widgets/, writes the package version into the plugin's header,
// and zips the folder as dist/wordpress/ketamine-widgets.zip for Plugins → Add New → Upload.
// Run by scripts/build.mjs after the library build; `node scripts/wordpress-plugin.mjs` alone
// rebuilds the plugin from an existing dist/.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const SLUG = 'ketamine-widgets';
/** Zip entries carry this date, so the same files always give the same zip. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/** Every file under `dir`, as paths relative to it (sorted, so the zip is reproducible). */
function filesUnder(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
    });
}

/** What the plugin needs from the bundled English dataset: source labels, dose numbers, group ids. */
function bundledSummary(dataset) {
  const dose = Object.fromEntries(Object.entries(dataset.dose).filter(([, v]) => typeof v === 'number'));
  return {
    sources: dataset.sources.map(({ id, short }) => ({ id, short })),
    dose,
    groups: dataset.checklist.groups.map((g) => g.id),
  };
}

export function buildWordPressPlugin({ root = process.cwd(), log = console.log } = {}) {
  const dist = path.join(root, 'dist');
  const out = path.join(dist, 'wordpress');
  const dir = path.join(out, SLUG);
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  cpSync(path.join(root, 'wordpress', SLUG), dir, { recursive: true });
  const main = path.join(dir, `${SLUG}.php`);
  writeFileSync(
    main,
    readFileSync(main, 'utf8')
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\( 'KETAMINE_WIDGETS_VERSION', '[^']*' \);/, `define( 'KETAMINE_WIDGETS_VERSION', '${version}' );`),
  );
  const readme = path.join(dir, 'readme.txt');
  writeFileSync(readme, readFileSync(readme, 'utf8').replace(/^Stable tag: .*$/m, `Stable tag: ${version}`));

  // The drop-in and the one-element scripts (includes/assets.php picks one per page).
  const scripts = ['ketamine-widgets.js', 'ketamine-facts.js', 'dose-range.js', 'risk-checklist.js'];
  for (const file of [...scripts, 'ketamine-widgets.css', 'ketamine-dataset.schema.json']) {
    if (!existsSync(path.join(dist, file))) throw new Error(`dist/${file} is missing: build the library first`);
    cpSync(path.join(dist, file), path.join(dir, file));
  }
  // chunks/ beside the script (it imports them relative to its own URL); the rest when built.
  for (const folder of ['chunks', 'themes', 'prerendered', 'shadow']) {
    if (existsSync(path.join(dist, folder))) cpSync(path.join(dist, folder), path.join(dir, folder), { recursive: true });
  }
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const en = JSON.parse(readFileSync(path.join(root, 'src/data/ketamine.en.json'), 'utf8'));
  writeFileSync(path.join(dir, 'data/bundled.json'), JSON.stringify(bundledSummary(en), null, 2) + '\n');

  const files = filesUnder(dir);
  const entries = Object.fromEntries(
    files.map((f) => [`${SLUG}/${f.split(path.sep).join('/')}`, [readFileSync(path.join(dir, f)), { mtime: ZIP_DATE }]]),
  );
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(path.join(out, `${SLUG}.zip`), zip);
  log(`✔ WordPress plugin dist/wordpress/${SLUG}/ and ${SLUG}.zip (${files.length} files, ${(zip.length / 1024).toFixed(1)} KB)`);
  return { dir, zip: path.join(out, `${SLUG}.zip`), files };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) buildWordPressPlugin();
