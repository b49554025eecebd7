/**
 * The npm entry: classes, types and data helpers. It registers nothing, so an integrator can
 * register the elements under other tags: `customElements.define('my-dose', DoseRange)`, or
 * import 'ketamine-widgets/define' for the standard tags.
 */
export { KetamineFacts } from './components/ketamine-facts/ketamine-facts.js';
export { DoseRange } from './components/dose-range/dose-range.js';
export { RiskChecklist } from './components/risk-checklist/risk-checklist.js';
export { KwElement } from './internal/kw-element.js';
export { KwErrorEvent, KwLoadEvent } from './internal/events.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
export { COLOR_SCHEMES, HEADING_LEVELS, type ColorScheme, type HeadingLevel } from './internal/values.js';
export { bundledDataset, sourcesFor, withClinicDataset, type ClinicInput } from './data/dataset.js';
export { LOCALES, type Locale } from './data/locales.js';
export {
  LB_TO_KG,
  WEIGHT_UNITS,
  parseWeight,
  toKg,
  fromKg,
  doseRange,
  cappedDoseRange,
  showableMaxMg,
  roundDose,
  type DoseLimits,
  type WeightUnit,
  type WeightBounds,
  type DoseBasis,
  type ParsedWeight,
  type DoseRangeResult,
} from './dose.js';
export type {
  Dataset,
  ClinicDataset,
  Source,
  Claim,
  Block,
  Section,
  Dose,
  ChecklistItem,
  ChecklistGroup,
  Clinic,
  SignOff,
} from './data/schema.js';
export { reviewStatus, REVIEW_WARNING_DAYS, type ReviewStatus } from './data/review.js';
