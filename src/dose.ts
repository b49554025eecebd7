/**
 * Weight parsing, unit conversion and dose arithmetic for `<dose-range>`. No DOM: everything here
 * is a pure function of its arguments, so it runs (and is tested) anywhere.
 *
 * The model: a reader types text in a unit; the text becomes one canonical kilogram value; that
 * value is checked against the dataset's adult bounds; a valid weight gives a dose range. The
 * element keeps the canonical kilograms and only ever derives the text shown in the other unit
 * from it, so switching units back and forth never drifts.
 */

/** Pounds to kilograms: the international avoirdupois pound, exactly. */
export const LB_TO_KG = 0.45359237;

/** The units a reader can type in: one list gives the type, the runtime check and the manifest's enum. */
export const WEIGHT_UNITS = ['kg', 'lb'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

/** Decimals shown for a weight (e.g. 154.3 lb): a tenth is finer than any scale a reader owns. */
export const WEIGHT_DECIMALS = 1;

/** Realistic adult bounds, in kilograms, inclusive. A dataset's `dose` block satisfies this. */
export interface WeightBounds {
  readonly weightKgMin: number;
  readonly weightKgMax: number;
}

/** The per-kilogram range and its duration. A dataset's `dose` block satisfies this. */
export interface DoseBasis {
  readonly mgPerKgMin: number;
  readonly mgPerKgMax: number;
  readonly durationMinutes: number;
}

/** Why text is not a number this module accepts as a weight. */
export type NumberProblem = 'empty' | 'not-a-number' | 'negative' | 'zero';
/** Why a positive number is not a realistic adult weight. */
export type BoundsProblem = 'too-low' | 'too-high';
export type WeightProblem = NumberProblem | BoundsProblem;

/** Every reason, for exhaustive checks (string tables, tests). */
export const WEIGHT_PROBLEMS = [
  'empty',
  'not-a-number',
  'negative',
  'zero',
  'too-low',
  'too-high',
] as const satisfies readonly WeightProblem[];

/** Text read as a positive decimal number, or why it could not be. */
export type ParsedNumber =
  | {
      readonly ok: true;
      /** The number, > 0; `Infinity` for a digit string too long for a double. */
      readonly value: number;
      /** The unit typed after the number ("154 lb"), if any. */
      readonly unit: WeightUnit | undefined;
      /** The number as typed, without spaces or unit ("70,5"). */
      readonly digits: string;
    }
  | { readonly ok: false; readonly reason: NumberProblem };

/** A weight checked against the bounds: a usable canonical kilogram value, or why not. */
export type ParsedWeight =
  | { readonly ok: true; readonly kg: number; readonly unit: WeightUnit }
  | { readonly ok: false; readonly reason: NumberProblem }
  | { readonly ok: false; readonly reason: BoundsProblem; readonly kg: number; readonly unit: WeightUnit };

/**
 * A plain decimal: digits with one optional decimal separator, "." or ",", in every language
 * (readers of Spanish write "70,5"; a comma is never read as a thousands separator, since no
 * adult weight needs one). An optional leading minus is recognised only to say "negative". No
 * exponent, hexadecimal, "Infinity", "NaN" or sign other than that minus.
 */
const DECIMAL = /^([-\u2212]?)(\d+(?:[.,]\d*)?|[.,]\d+)\s*([\p{L}.]*)$/u;

/** Unit words a reader may type after the number, in English and Spanish (lower case, no dot). */
const UNIT_WORDS: Readonly<Record<string, WeightUnit>> = {
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilogramo: 'kg',
  kilogramos: 'kg',
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
  libra: 'lb',
  libras: 'lb',
};

/** Narrows `value` to a weight unit. */
export function isWeightUnit(value: unknown): value is WeightUnit {
  return (WEIGHT_UNITS as readonly unknown[]).includes(value);
}

/**
 * Reads a reader's text as a positive decimal number. Surrounding spaces and a unit word after
 * the number ("70kg", "154 lb", "70 kilos") are tolerated; anything else is `not-a-number`.
 */
export function parseNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const match = DECIMAL.exec(trimmed);
  if (!match) return { ok: false, reason: 'not-a-number' };
  const [, sign, digits, word] = match as unknown as [string, string, string, string];
  let unit: WeightUnit | undefined;
  if (word) {
    unit = UNIT_WORDS[word.toLowerCase().replace(/\.$/, '')];
    if (!unit) return { ok: false, reason: 'not-a-number' };
  }
  const value = Number(digits.replace(',', '.'));
  if (value === 0) return { ok: false, reason: 'zero' };
  if (sign) return { ok: false, reason: 'negative' };
  return { ok: true, value, unit, digits };
}

/** `value` in `unit` as kilograms. */
export function toKg(value: number, unit: WeightUnit): number {
  return unit === 'kg' ? value : value * LB_TO_KG;
}

/** `kg` expressed in `unit`. */
export function fromKg(kg: number, unit: WeightUnit): number {
  return unit === 'kg' ? kg : kg / LB_TO_KG;
}

/** Checks a kilogram value against the bounds (inclusive). */
export function checkWeight(kg: number, unit: WeightUnit, bounds: WeightBounds): ParsedWeight {
  if (kg < bounds.weightKgMin) return { ok: false, reason: 'too-low', kg, unit };
  if (!(kg <= bounds.weightKgMax)) return { ok: false, reason: 'too-high', kg, unit };
  return { ok: true, kg, unit };
}

/**
 * Reads `text` as a weight in `unit` (a unit typed after the number wins: "154 lb" is pounds
 * whatever the switch says) and checks it against the bounds.
 */
export function parseWeight(text: string, unit: WeightUnit, bounds: WeightBounds): ParsedWeight {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  const typedUnit = parsed.unit ?? unit;
  return checkWeight(toKg(parsed.value, typedUnit), typedUnit, bounds);
}

/** A weight rounded to the tenth a reader sees. */
export function roundWeight(value: number): number {
  const factor = 10 ** WEIGHT_DECIMALS;
  return Math.round(value * factor) / factor;
}

/**
 * Text for the weight field showing `kg` in `unit`: a tenth at most, no grouping, the locale's
 * decimal separator ("69,9" in Spanish), so `parseNumber` reads it back.
 */
export function weightText(kg: number, unit: WeightUnit, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: WEIGHT_DECIMALS, useGrouping: false }).format(
    roundWeight(fromKg(kg, unit)),
  );
}

/**
 * The bounds in `unit` as a reader sees them (a tenth), rounded inward so that both figures,
 * typed back in, are accepted: 30 kg is 66.14 lb, shown as 66.2, not 66.1 (29.98 kg).
 */
export function boundsIn(unit: WeightUnit, bounds: WeightBounds): { readonly min: number; readonly max: number } {
  const factor = 10 ** WEIGHT_DECIMALS;
  // Nearest tenth, then one tenth inward if that lies outside, checked with the same arithmetic
  // parsing uses, so the figure shown is exactly one that is accepted.
  let min = Math.round(fromKg(bounds.weightKgMin, unit) * factor);
  if (toKg(min / factor, unit) < bounds.weightKgMin) min += 1;
  let max = Math.round(fromKg(bounds.weightKgMax, unit) * factor);
  if (toKg(max / factor, unit) > bounds.weightKgMax) max -= 1;
  return { min: min / factor, max: max / factor };
}

// ---------------------------------------------------------------------------------------------
// The reader's entry: text, unit and canonical kilograms

/** What the weight field holds: its text, the unit it is in and, for a number, canonical kilograms. */
export interface WeightEntry {
  readonly text: string;
  readonly unit: WeightUnit;
  /** Set when the text is a positive number (even outside the bounds); the one value units convert from. */
  readonly kg: number | undefined;
  /** Why the text is not a positive number; undefined when it is. */
  readonly problem: NumberProblem | undefined;
  /** True when the text names its own unit ("154 lb"). */
  readonly typedUnit: boolean;
}

/** A new entry from text in `unit`; a unit typed after the number replaces `unit`. */
export function enterWeight(text: string, unit: WeightUnit): WeightEntry {
  const parsed = parseNumber(text);
  if (!parsed.ok) return { text, unit, kg: undefined, problem: parsed.reason, typedUnit: false };
  const inUnit = parsed.unit ?? unit;
  return { text, unit: inUnit, kg: toKg(parsed.value, inUnit), problem: undefined, typedUnit: parsed.unit !== undefined };
}

/** The entry checked against the bounds. */
export function assessWeight(entry: WeightEntry, bounds: WeightBounds): ParsedWeight {
  if (entry.kg === undefined) return { ok: false, reason: entry.problem ?? 'empty' };
  return checkWeight(entry.kg, entry.unit, bounds);
}

/**
 * The entry after the reader (or page) picks another unit.
 * - A usable weight stays the same weight: the canonical kilograms are kept and only the text is
 *   rewritten in the new unit, so kg → lb → kg shows the first text's value again, never a drifted one.
 * - A number outside the bounds is read again in the new unit: "400" in kg is too high, but a
 *   reader who meant pounds fixes it by choosing lb.
 * - Text that is not a number keeps its text; only the unit changes.
 */
export function switchUnit(entry: WeightEntry, unit: WeightUnit, bounds: WeightBounds, locale: string): WeightEntry {
  if (unit === entry.unit) return entry;
  const now = assessWeight(entry, bounds);
  if (now.ok) return { ...entry, unit, text: weightText(now.kg, unit, locale), typedUnit: false };
  const parsed = parseNumber(entry.text);
  if (!parsed.ok) return { ...entry, unit };
  return { text: parsed.digits, unit, kg: toKg(parsed.value, unit), problem: undefined, typedUnit: false };
}

/**
 * For a number outside the bounds, the other unit when the same number in it would be a usable
 * weight ("400" kg is too high, 400 lb fits): the element suggests it. Undefined otherwise, and
 * when the reader typed the unit themselves.
 */
export function suggestUnit(entry: WeightEntry, bounds: WeightBounds): WeightUnit | undefined {
  if (entry.kg === undefined || entry.typedUnit || assessWeight(entry, bounds).ok) return undefined;
  const other: WeightUnit = entry.unit === 'kg' ? 'lb' : 'kg';
  return checkWeight(toKg(fromKg(entry.kg, entry.unit), other), other, bounds).ok ? other : undefined;
}

// ---------------------------------------------------------------------------------------------
// Dose arithmetic

/** The dose range for a weight: rounded figures for readers, exact ones for checks. */
export interface DoseRangeResult {
  readonly kg: number;
  /** Total over the whole duration, rounded by `roundDose`. */
  readonly minMg: number;
  readonly maxMg: number;
  /** kg × mg/kg, unrounded. */
  readonly exactMinMg: number;
  readonly exactMaxMg: number;
  readonly mgPerKgMin: number;
  readonly mgPerKgMax: number;
  readonly durationMinutes: number;
}

/**
 * The rounding step for a dose in mg. The figures orient a reader; they are not a prescription,
 * and more digits would only make them look like one. So:
 * - 100 mg and above: the nearest 5 mg (an error of at most 2.5 %, and the way such doses are spoken of);
 * - below 100 mg: two significant figures (nearest 1 mg from 10 mg, 0.1 mg below that), so a
 *   clinic's small per-kg figure never rounds to 0.
 * The step grows with the dose and the regimes meet at a power of ten, so rounding is monotonic:
 * a smaller exact dose never rounds above a larger one, and the minimum never passes the maximum.
 */
export function doseStep(mg: number): number {
  if (!(mg > 0) || !Number.isFinite(mg)) throw new RangeError(`dose must be a positive finite number, got ${mg}`);
  if (mg >= 100) return 5;
  return 10 ** (Math.floor(Math.log10(mg)) - 1);
}

/** `mg` rounded to its step (half up), without binary fractions (34.9, not 34.900000000000006). */
export function roundDose(mg: number): number {
  const step = doseStep(mg);
  const decimals = Math.max(0, -Math.round(Math.log10(step)));
  return Number((Math.round(mg / step) * step).toFixed(decimals));
}

/** The total dose range over the whole duration for a weight in kg. */
export function doseRange(kg: number, basis: DoseBasis): DoseRangeResult {
  if (!(kg > 0) || !Number.isFinite(kg)) throw new RangeError(`weight must be a positive finite number of kg, got ${kg}`);
  const { mgPerKgMin, mgPerKgMax, durationMinutes } = basis;
  if (!(mgPerKgMin > 0) || !(mgPerKgMax >= mgPerKgMin) || !Number.isFinite(mgPerKgMax)) {
    throw new RangeError(`per-kg range must satisfy 0 < min ≤ max, got ${mgPerKgMin} to ${mgPerKgMax}`);
  }
  const exactMinMg = kg * mgPerKgMin;
  const exactMaxMg = kg * mgPerKgMax;
  return {
    kg,
    minMg: roundDose(exactMinMg),
    maxMg: roundDose(exactMaxMg),
    exactMinMg,
    exactMaxMg,
    mgPerKgMin,
    mgPerKgMax,
    durationMinutes,
  };
}

/** The per-kg range, bounds and optional cap on the total. A dataset's `dose` block satisfies this. */
export interface DoseLimits extends DoseBasis, WeightBounds {
  /** The largest total, in mg, to show; above it no figure is computed. */
  readonly maxTotalMg?: number;
}

/**
 * The largest total the element can show: the cap, or the upper per-kg figure at the heaviest
 * weight the bounds allow, whichever is smaller.
 */
export function showableMaxMg(limits: DoseLimits): number {
  return Math.min(limits.maxTotalMg ?? Infinity, limits.weightKgMax * limits.mgPerKgMax);
}

/**
 * The range for a usable weight, unless its upper total passes the cap: a figure above the most a
 * clinic shows is not one to compute for a reader.
 */
export function cappedDoseRange(
  kg: number,
  limits: DoseLimits,
): { readonly ok: true; readonly range: DoseRangeResult } | { readonly ok: false; readonly capMg: number } {
  const range = doseRange(kg, limits);
  if (limits.maxTotalMg !== undefined && range.exactMaxMg > limits.maxTotalMg) return { ok: false, capMg: limits.maxTotalMg };
  return { ok: true, range };
}

// ---------------------------------------------------------------------------------------------
// The range bar

/** "Nice" mantissas for the end of the bar's scale, so its label is a round number. */
const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] as const;

/** The smallest nice number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten) ≥ `x`. */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`expected a positive finite number, got ${x}`);
  const power = 10 ** Math.floor(Math.log10(x));
  const mantissa = x / power;
  const nice = NICE.find((n) => n >= mantissa - 1e-9) ?? 10;
  return Number((nice * power).toPrecision(12));
}

/** Where the range lies on the bar's 0…scale track, in percent of its length. */
export interface BarGeometry {
  readonly scaleMaxMg: number;
  readonly startPercent: number;
  readonly endPercent: number;
}

/**
 * The bar for a range: a track from 0 to a round number a little above the maximum (at least 5 %
 * headroom, so the upper end reads as a point, not the edge), and the segment from min to max.
 * Positions come from the rounded figures the reader sees, so the bar matches the text.
 *
 * `ceilingMg`, the largest total the element can show (`showableMaxMg`), bounds the scale: the
 * track never reaches past a figure the element would refuse to show.
 */
export function barGeometry(range: Pick<DoseRangeResult, 'minMg' | 'maxMg'>, ceilingMg = Infinity): BarGeometry {
  const scaleMaxMg = Math.max(range.maxMg, Math.min(niceCeil(range.maxMg * 1.05), ceilingMg));
  return {
    scaleMaxMg,
    startPercent: (range.minMg / scaleMaxMg) * 100,
    endPercent: (range.maxMg / scaleMaxMg) * 100,
  };
}
