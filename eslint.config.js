import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

/** Never rendered unescaped, anywhere. */
const UNSAFE = [
  { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG.' },
];

/*
 * The layering (issue #13), as import rules. A later config's `no-restricted-imports` replaces an
 * earlier one's for the same file, so the groups below do not overlap and each lists every rule
 * that applies to it (UNSAFE and "no demo" included).
 */
const NO_DEMO = { regex: '(^|/)demo/', message: 'src/ never imports the demo: the demo uses the library, not the reverse.' };
const NO_DROP_IN = {
  regex: '(^|/)(ketamine-widgets|index)(\\.[jt]s)?$',
  message: 'Import the module itself, not an entry point: ketamine-widgets.ts registers elements, index.ts is for users.',
};
const NO_ELEMENT = { regex: '(^|/)components/', message: 'Only the drop-in and npm entries import elements.' };
const NO_INTERNAL = { regex: '(^|/)internal/', message: 'Content knows nothing of element machinery.' };
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { paths: UNSAFE, patterns }] },
});
const LAYERS = [
  // Pure content: the JSON, its schema and lookups, clinic fetch/validate/merge.
  layer(
    ['src/data/**/*.ts'],
    [
      { ...NO_ELEMENT, message: 'src/data is pure content: it imports no element.' },
      { ...NO_INTERNAL, message: 'src/data is pure content: it imports no element machinery (internal/).' },
      NO_DROP_IN,
      NO_DEMO,
    ],
  ),
  // Dose arithmetic: no DOM layer at all, so it runs (and is tested) anywhere.
  layer(
    ['src/dose.ts'],
    [
      { regex: '^lit($|/)', message: 'dose.ts is pure arithmetic: no Lit, no DOM.' },
      { regex: '^@lit/', message: 'dose.ts is pure arithmetic: no Lit, no DOM.' },
      { ...NO_ELEMENT, message: 'dose.ts is pure arithmetic: it imports no element.' },
      { ...NO_INTERNAL, message: 'dose.ts is pure arithmetic: it imports no element machinery (internal/).' },
      NO_DROP_IN,
      NO_DEMO,
    ],
  ),
  // An element imports the base class, internal helpers, data and dose math; never another element.
  layer(
    ['src/components/**/*.ts'],
    [
      { regex: '^\\.\\./(?!\\.\\.?/)[^/]+/', message: 'No element imports another element: share through internal/ or data/.' },
      { ...NO_ELEMENT, message: 'No element imports another element: share through internal/ or data/.' },
      NO_DROP_IN,
      NO_DEMO,
    ],
  ),
  layer(['src/**/*.ts'], [NO_DEMO], ['src/data/**', 'src/dose.ts', 'src/components/**']),
  // The demo uses the library as a site would, by its public names (scripts/package-sources.mjs).
  layer(
    ['demo/**/*.ts'],
    [
      {
        regex: '^\\.\\.?/.*(src/|dist/|custom-elements\\.json$)',
        message:
          'The demo reads no library source: import ketamine-widgets, ketamine-widgets/define, ketamine-widgets/custom-elements.json, ketamine-widgets/schema.json or ketamine-widgets/themes/*.',
      },
    ],
  ),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: render through Lit bindings.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML: render through Lit bindings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
      'no-restricted-imports': ['error', { paths: UNSAFE }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'No storage: nothing a reader types may be kept.' },
        { name: 'sessionStorage', message: 'No storage: nothing a reader types may be kept.' },
        { name: 'indexedDB', message: 'No storage: nothing a reader types may be kept.' },
      ],
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'bench/**', 'test/server/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
);
