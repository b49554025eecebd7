import type { Dataset } from '../data/dataset.js';

/**
 * What the server renderer (src/ssr) knows about an element that the element cannot look up on
 * the server, where it has no DOM around it: the `lang` that applies from its ancestors in the
 * fragment, and its dataset with an inline clinic dataset already validated and merged.
 */
export interface ServerContext {
  langTag: string;
  data: Dataset;
}

/** Set by the server renderer before an element renders; read only when `isServer`. */
export const serverContexts = new WeakMap<object, ServerContext>();
