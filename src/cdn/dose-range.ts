/**
 * A one-element script, dist/dose-range.js: `<script type="module" src="…/dose-range.js">` registers
 * <dose-range> only and carries only its code and its share of the content (the build slices the rest
 * away: scripts/content-slice.ts). For a page that shows this element alone; a page with two or
 * three elements loads ketamine-widgets.js once instead. Beside the drop-in, the first script to
 * register an element keeps it, and nothing throws (see define()).
 */
import { ensureHydrateSupport } from '../internal/hydrate.js';
import { define } from '../internal/define.js';
import { DoseRange } from '../components/dose-range/dose-range.js';

ensureHydrateSupport();
define('dose-range', DoseRange);

export { DoseRange };
