import { LitElement } from 'lit';

/**
 * Whether Lit's hydrate support is applied (hydrate.ts): it gives LitElement an
 * `observedAttributes` of its own. Apart from hydrate.ts, which loads the support, so that asking
 * does not load it.
 */
export function hydrateSupportApplied(): boolean {
  return Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes');
}
