// custom-elements.json is generated from the JSDoc on the element classes; never edit it by hand.
// `npm test` fails when the committed file differs from a fresh run (scripts/check-manifest.mjs).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/data/schema.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
