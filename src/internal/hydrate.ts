/**
 * Lit's hydrate support, for the entries that register elements (the drop-in and the one-element
 * scripts). Elements that arrive with server-rendered content (ketamine-widgets/ssr, the prebuilt
 * snippets) take it over in place instead of rendering it again.
 */
// First: the support must be in place before LitElement is defined, so it is imported before Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Applies the support if it is not applied yet. A bundler may evaluate Lit before the import above
 * (the npm build hoists its shared chunk): then LitElement was defined without it, and it is applied
 * here. Call it before the first element upgrades.
 */
export function ensureHydrateSupport(): void {
  const install = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
  // The support gives LitElement an `observedAttributes` of its own: without one, it is not applied
  // yet. (Reading LitElement.observedAttributes itself would throw once it is: LitElement has no
  // attributes of its own to list.)
  if (install && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) install({ LitElement });
}
