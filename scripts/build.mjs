#!/usr/bin/env node
// `npm run build`: validates the bundled data (a broken dataset stops here with the zod path of
// the problem), then builds
//   dist/ketamine-widgets.js   the drop-in (Lit + English inlined; zod and Spanish as chunks beside it)
//   dist/<tag>.js              the one-element scripts: one element and its share of the content
//   dist/ketamine-widgets.css  reserves the elements' room before the script arrives (no layout shift)
//   dist/npm/, dist/types/     ES modules with Lit and zod external, and their .d.ts
//   dist/themes/*.css          ready-made theme presets
//   dist/ketamine-dataset.schema.json   JSON Schema of a clinic dataset
//   dist/integrity.json        sha384 subresource-integrity hashes of the drop-in and its chunks
//   dist/demo/                 the configurator page as static files
//   dist/ssr/                  ketamine-widgets/ssr, the server renderer (prerender()) for Node
//   dist/shadow/, dist/prerendered/   shadow-root stylesheets and prerendered snippets (en, es)
//   dist/wordpress/            the WordPress plugin folder and its zip (scripts/wordpress-plugin.mjs)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';
import { writePrerenderAssets } from './prerender-assets.mjs';

// The one-element scripts (vite.config.ts builds each by its tag as --mode).
const ELEMENT_SCRIPTS = ['ketamine-facts', 'dose-range', 'risk-checklist'];
const bin = (name) => path.resolve('node_modules/.bin', name);
const only = process.argv.includes('--lib');

function step(label, cmd, args) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    console.error(`✖ ${label} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

rmSync('dist', { recursive: true, force: true });
step('data valid; JSON Schema written', bin('tsx'), ['scripts/validate-data.ts', '--schema-out', 'dist/ketamine-dataset.schema.json']);
step('drop-in dist/ketamine-widgets.js', bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
for (const tag of ELEMENT_SCRIPTS) step(`one-element script dist/${tag}.js`, bin('vite'), ['build', '--mode', tag, '--logLevel', 'warn']);
step('npm modules dist/npm', bin('vite'), ['build', '--mode', 'npm', '--logLevel', 'warn']);
step('server renderer dist/ssr', bin('vite'), ['build', '--mode', 'ssr', '--logLevel', 'warn']);
await writePrerenderAssets();
step('types dist/types', bin('tsc'), ['-p', 'tsconfig.build.json']);
cpSync('src/ketamine-widgets.css', 'dist/ketamine-widgets.css');
console.log('✔ reserve stylesheet dist/ketamine-widgets.css');
if (existsSync('src/themes')) {
  cpSync('src/themes', 'dist/themes', { recursive: true });
  console.log('✔ themes dist/themes');
}
// Subresource-integrity hashes for the drop-in, its stylesheet and chunks, for sites that pin them.
const files = [
  'ketamine-widgets.js',
  'ketamine-widgets.css',
  ...ELEMENT_SCRIPTS.map((tag) => `${tag}.js`),
  ...readdirSync('dist/chunks').map((f) => `chunks/${f}`),
];
const integrity = Object.fromEntries(
  files.map((f) => [
    f,
    `sha384-${createHash('sha384')
      .update(readFileSync(path.join('dist', f)))
      .digest('base64')}`,
  ]),
);
writeFileSync('dist/integrity.json', JSON.stringify(integrity, null, 2) + '\n');
console.log(`✔ integrity dist/integrity.json (${files.length} files)`);
buildWordPressPlugin();
if (!only) {
  step('demo dist/demo', bin('vite'), ['build', '--logLevel', 'warn']);
  // The configurator offers the prebuilt snippets ("include the content in the page").
  cpSync('dist/prerendered', 'dist/demo/prerendered', { recursive: true });
}
