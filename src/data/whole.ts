import type { Dataset } from './schema.js';

/**
 * The whole bundled content of `base`'s language, for merging a clinic's dataset over it (a
 * clinic dataset is checked against the full schema, and may change any part).
 *
 * The drop-in and the npm modules bundle each language whole, so that is `base` itself. The
 * one-element scripts (dist/<tag>.js) bundle only their element's share of the content; their
 * build replaces this module with one that fetches the rest when a clinic dataset asks for it
 * (scripts/bundled-content.ts, `bundledContentPlugin`).
 */
export function wholeContent(base: Dataset): Dataset | Promise<Dataset> {
  return base;
}
