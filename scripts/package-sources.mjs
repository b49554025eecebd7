// The package's public entry points (package.json "exports"), by the names a site's code imports
// them, mapped to the source files they are built from. The demo imports only these names, never
// a path into src/, so it uses the library exactly as a site would; the dev server (vite.config.ts)
// and the test server (web-test-runner.config.mjs) serve them from source, so neither needs a build.
export const PACKAGE_SOURCES = {
  'ketamine-widgets': 'src/index.ts',
  'ketamine-widgets/define': 'src/ketamine-widgets.ts',
  'ketamine-widgets/custom-elements.json': 'custom-elements.json',
  // Written by the build from the zod schema (scripts/validate-data.ts): `npm test` builds it first,
  // and `npm start` writes it when it is missing (vite.config.ts).
  'ketamine-widgets/schema.json': 'dist/ketamine-dataset.schema.json',
};

/** Folders exported as `./themes/*`, by prefix. */
export const PACKAGE_FOLDERS = {
  'ketamine-widgets/themes/': 'src/themes/',
};

/** The source path (relative to the repository) for a public specifier, query kept; undefined for anything else. */
export function packageSource(specifier) {
  const [name, query] = specifier.split('?');
  const suffix = query === undefined ? '' : `?${query}`;
  if (Object.hasOwn(PACKAGE_SOURCES, name)) return `${PACKAGE_SOURCES[name]}${suffix}`;
  for (const [prefix, folder] of Object.entries(PACKAGE_FOLDERS)) {
    if (name.startsWith(prefix) && !name.slice(prefix.length).includes('..')) return `${folder}${name.slice(prefix.length)}${suffix}`;
  }
  return undefined;
}

/**
 * The same for the test server: resolves the public names, and answers a `?url` import (as Vite
 * does) with a module whose default export is the file's address.
 */
export function packageSourcesPlugin() {
  return {
    name: 'package-sources',
    resolveImport({ source }) {
      const path = packageSource(source);
      return path === undefined ? undefined : `/${path}`;
    },
    serve(context) {
      if (context.URL.searchParams.has('url')) return { body: `export default ${JSON.stringify(context.path)};`, type: 'js' };
      return undefined;
    },
  };
}
