/**
 * The Spanish language bundle: the content and every element's UI strings, one chunk fetched
 * only by a page that shows Spanish. Plain data: it imports nothing at run time, so it works the
 * same whichever copy of the drop-in loaded it.
 */
/* eslint-disable no-restricted-imports -- Known breach of the data layer (issue #13): UI strings
   still travel through this bundle until each element loads its own; the lead moves them out. */
import type { Translations } from '../internal/localize.js';
import content from './ketamine.es.json';
import { es as common } from '../internal/translations/es.js';
import { es as facts } from '../components/ketamine-facts/translations/es.js';
import { es as dose } from '../components/dose-range/translations/es.js';
import { es as checklist } from '../components/risk-checklist/translations/es.js';
/* eslint-enable no-restricted-imports */

export default content;
export const strings: Translations = { common, facts, dose, checklist };
