/**
 * A one-element entry: `<script type="module" src="…/dose-range.js">` registers <dose-range> only, and
 * carries only its code and its share of the content (the build slices the rest away; see
 * scripts/content-slice.ts). For a page that shows this element alone; a page with two or three
 * elements loads ketamine-widgets.js once instead. Loaded beside the drop-in, the first
 * registration wins and nothing throws (see define()).
 */
import { ensureHydrateSupport } from '../internal/hydrate.js';
import { define } from '../internal/define.js';
import { DoseRange } from '../components/dose-range/dose-range.js';

ensureHydrateSupport();
define('dose-range', DoseRange);

export { DoseRange };
