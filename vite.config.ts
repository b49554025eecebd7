import { defineConfig, type UserConfig } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';
import { SLICE_TAGS, type SliceTag } from './scripts/content-slice.js';
import { bundledContentPlugin } from './scripts/bundled-content.js';
import { PACKAGE_FOLDERS, PACKAGE_SOURCES } from './scripts/package-sources.mjs';

const here = (p: string) => resolve(import.meta.dirname, p);

/**
 * One Spanish chunk: the content (src/data/ketamine.es.json) and every string table's Spanish
 * (`translations/es.ts`, each loaded by its own table), so a Spanish page makes one request. The
 * data layer and the elements do not import each other to get this: the build groups them.
 */
const spanishChunk = { name: 'ketamine.es', test: /([\\/]ketamine\.es\.json|[\\/]translations[\\/]es\.ts)$/ };

/**
 * The builds, chosen by --mode (scripts/build.mjs runs them in turn):
 * - cdn:  dist/ketamine-widgets.js, the self-contained drop-in (Lit and English inlined). The
 *         clinic-data validator (zod) and the Spanish content are chunks beside it, fetched only
 *         when a page asks for them.
 * - ketamine-facts, dose-range, risk-checklist: dist/<tag>.js, the one-element scripts, built as
 *         the drop-in is but registering one element, with only its share of the content
 *         (scripts/content-slice.ts). Each is self-contained: one request, as the drop-in.
 * - npm:  dist/npm/*.js, ES modules with Lit and zod left as imports, for bundler users.
 * - ssr:  dist/ssr/index.js, the server renderer (ketamine-widgets/ssr) for Node.
 * - demo: dist/demo/, the configurator page as static files.
 * With no build mode (npm start), Vite serves the demo from source.
 * Every build for the browser (cdn, the one-element scripts, npm, demo) ships a language other than
 * English as the words that differ from the English it already carries (scripts/bundled-content.ts);
 * the server build and `npm start` read the JSON whole.
 */
export default defineConfig(({ mode }): UserConfig => {
  const element = SLICE_TAGS.find((t): t is SliceTag => t === mode);
  if (mode === 'cdn' || element) {
    const name = element ?? 'ketamine-widgets';
    return {
      plugins: [minifyCssLiteralsPlugin(), bundledContentPlugin(element)],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: here(element ? `src/cdn/${element}.ts` : 'src/ketamine-widgets.ts'),
          formats: ['es'],
          fileName: () => `${name}.js`,
        },
        rolldownOptions: {
          // KW_NO_MINIFY=1 keeps module comments, for reading what takes the bytes.
          output: {
            minify: !process.env.KW_NO_MINIFY,
            // A one-element script's whole content of a language (for clinic datasets) is named
            // apart from its Spanish share: chunks/ketamine.es.whole-<hash>.js.
            chunkFileNames: (chunk) => `chunks/[name]${chunk.facadeModuleId?.endsWith('?whole') ? '.whole' : ''}-[hash].js`,
            codeSplitting: { groups: [spanishChunk] },
          },
        },
      },
    };
  }
  if (mode === 'ssr') {
    // dist/ssr/: ketamine-widgets/ssr, the server renderer for Node (dependencies stay imports).
    return {
      build: {
        outDir: 'dist/ssr',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        ssr: here('src/ssr/index.ts'),
        rolldownOptions: {
          external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^zod(\/.*)?$/, /^parse5(\/.*)?$/],
          output: { entryFileNames: 'index.js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'npm') {
    return {
      plugins: [bundledContentPlugin()],
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: {
          entry: {
            index: here('src/index.ts'),
            'ketamine-widgets': here('src/ketamine-widgets.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          // Lit's packages stay imports, one copy with the site's: @lit-labs/ssr-client's hydrate
          // support patches the LitElement the elements extend, so it must load before it does.
          external: [/^lit(\/.*)?$/, /^lit-(html|element)(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^zod(\/.*)?$/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: { groups: [spanishChunk] } },
        },
      },
    };
  }
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return {
    root: here('demo'),
    base: './',
    plugins: [
      bundledContentPlugin(),
      {
        // The configurator's clinic form is generated from `ketamine-widgets/schema.json`, which the
        // build writes from the zod schema; on a fresh checkout `npm start` writes it first.
        name: 'clinic-schema',
        buildStart() {
          const out = here('dist/ketamine-dataset.schema.json');
          if (!existsSync(out))
            execFileSync(here('node_modules/.bin/tsx'), [here('scripts/validate-data.ts'), '--schema-out', out], { stdio: 'inherit' });
        },
      },
      {
        // `npm start`: the prebuilt snippets of the last `npm run build`, for the configurator.
        name: 'prerendered-snippets',
        configureServer(server) {
          server.middlewares.use('/prerendered/', (req, res, next) => {
            const file = here(`dist/prerendered/${(req.url ?? '').replace(/[?#].*$/, '').replace(/^\//, '')}`);
            if (!/^[a-z-]+\.[a-z]{2}\.html$/.test(basename(file)) || !existsSync(file)) return next();
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(readFileSync(file));
          });
        },
      },
    ],
    publicDir: here('demo/public'),
    // The demo imports the package by its public names; here they are its source (see package-sources.mjs).
    resolve: {
      alias: [
        ...Object.entries(PACKAGE_SOURCES).map(([name, file]) => ({
          find: new RegExp(`^${escape(name)}(?=$|\\?)`),
          replacement: here(file),
        })),
        ...Object.entries(PACKAGE_FOLDERS).map(([prefix, folder]) => ({
          find: new RegExp(`^${escape(prefix)}`),
          replacement: `${here(folder)}/`,
        })),
      ],
    },
    server: { open: '/', fs: { allow: [here('.')] } },
    preview: { port: 4173 },
    // Never a data: URL (the theme files a preview links): the page's CSP allows stylesheets only from itself.
    build: { outDir: here('dist/demo'), emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  };
});
