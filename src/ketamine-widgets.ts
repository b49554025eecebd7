/**
 * The drop-in entry: `<script type="module" src="…/ketamine-widgets.js">` registers
 * <ketamine-facts>, <dose-range> and <risk-checklist>. With src/cdn/*.ts (one element each),
 * the only modules with side effects. Loading it twice, or two copies, never throws (see define()).
 */
import { ensureHydrateSupport } from './internal/hydrate.js';
import { define } from './internal/define.js';
import { KetamineFacts } from './components/ketamine-facts/ketamine-facts.js';
import { DoseRange } from './components/dose-range/dose-range.js';
import { RiskChecklist } from './components/risk-checklist/risk-checklist.js';

ensureHydrateSupport();
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
