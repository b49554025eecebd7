// custom-elements.json is generated from the JSDoc on the element classes; never edit it by hand.
// `npm test` fails when the committed file differs from a fresh run (scripts/check-manifest.mjs).
export default {
  globs: ['src/**/*.ts'],
  // Only element API belongs in the manifest: not stylesheets, string tables or the dataset code.
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/**/*.strings.ts',
    'src/data/schema.ts',
    'src/data/dataset.ts',
    'src/data/clinic.ts',
    'src/internal/styles.ts',
    'src/internal/strings.ts',
    'src/internal/tags.ts',
    'src/internal/server-context.ts',
    'src/ssr/**',
    'src/**/translations/*.ts',
    'src/data/ketamine.*.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
