/**
 * A one-element script, dist/risk-checklist.js: `<script type="module" src="…/risk-checklist.js">` registers
 * <risk-checklist> only and carries only its code and its share of the content (the build slices the rest
 * away: scripts/content-slice.ts). For a page that shows this element alone; a page with two or
 * three elements loads ketamine-widgets.js once instead. Beside the drop-in, the first script to
 * register an element keeps it, and nothing throws (see define()).
 */
import { ensureHydrateSupport } from '../internal/hydrate.js';
import { define } from '../internal/define.js';
import { RiskChecklist } from '../components/risk-checklist/risk-checklist.js';

ensureHydrateSupport();
define('risk-checklist', RiskChecklist);

export { RiskChecklist };
