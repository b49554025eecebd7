/**
 * The drop-in entry: `<script type="module" src="…/ketamine-widgets.js">` registers
 * <ketamine-facts>, <dose-range> and <risk-checklist>. The only module with side effects.
 * Loading it twice, or two copies, never throws (see define()).
 */
// First: Lit's hydrate support must be in place before LitElement is defined. Elements that arrive
// with server-rendered content (ketamine-widgets/ssr, the prebuilt snippets) take it over in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { define } from './internal/define.js';
import { KetamineFacts } from './components/ketamine-facts/ketamine-facts.js';
import { DoseRange } from './components/dose-range/dose-range.js';
import { RiskChecklist } from './components/risk-checklist/risk-checklist.js';

// A bundler may evaluate Lit before the import above (the npm build hoists its shared chunk):
// then LitElement was defined without the support, and it is applied here, before any upgrade.
type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
const install = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
// The support gives LitElement an `observedAttributes` of its own: without one, it is not applied
// yet. (Reading LitElement.observedAttributes itself would throw once it is: LitElement has no
// attributes of its own to list.)
if (install && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) install({ LitElement });

define('ketamine-facts', KetamineFacts);
define('dose-range', DoseRange);
define('risk-checklist', RiskChecklist);

export { KetamineFacts, DoseRange, RiskChecklist };

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-facts': KetamineFacts;
    'dose-range': DoseRange;
    'risk-checklist': RiskChecklist;
  }
}
