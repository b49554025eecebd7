/**
 * Lit's hydrate support (@lit-labs/ssr-client), for the entries that register elements (the
 * drop-in, ketamine-widgets/define and the one-element scripts). With it, an element that arrives
 * server-rendered (ketamine-widgets/ssr, the prebuilt snippets, the WordPress plugin) takes its
 * content over in place instead of rendering it again.
 *
 * It stays in each script rather than a chunk fetched on demand: that chunk would import Lit from
 * the script by a URL without the page's query string (`?ver=` in WordPress), and so load a
 * second copy of everything.
 */
// First: the support must be in place before LitElement is defined, so it is imported before Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { hydrateSupportApplied } from './hydrate-applied.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Applies the support if it is not applied yet. A bundler may evaluate Lit before the import above
 * (the npm build hoists its shared chunk): then LitElement was defined without it, and it is
 * applied here. Call it before the first element upgrades. (Reading LitElement.observedAttributes
 * itself would throw once it is applied: LitElement has no attributes of its own to list.)
 */
export function ensureHydrateSupport(): void {
  const install = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
  if (install && !hydrateSupportApplied()) install({ LitElement });
}
