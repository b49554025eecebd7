import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { KwElement } from '../../internal/kw-element.js';
import { citation } from '../../internal/templates.js';
import { format, formatNumber, localize, plural } from '../../internal/localize.js';
import { warn } from '../../internal/log.js';
import type { Locale } from '../../internal/locale.js';
import type { Dataset } from '../../data/dataset.js';
import {
  WEIGHT_UNITS,
  assessWeight,
  barGeometry,
  boundsIn,
  cappedDoseRange,
  showableMaxMg,
  enterWeight,
  isWeightUnit,
  roundWeight,
  suggestUnit,
  switchUnit,
  fromKg,
  type DoseRangeResult,
  type ParsedWeight,
  type WeightEntry,
  type WeightProblem,
  type WeightUnit,
} from '../../dose.js';
import { cssVars } from '../../internal/css-vars.js';
import { styles } from './dose-range.styles.js';
import { doseStrings } from './dose-range.strings.js';
import type { FrozenPiece } from '../../internal/frozen.js';

type Strings = (typeof doseStrings)['en'];

const PROBLEM_KEYS: Record<WeightProblem, keyof Strings> = {
  empty: 'empty',
  'not-a-number': 'notANumber',
  negative: 'negative',
  zero: 'zero',
  'too-low': 'tooLow',
  'too-high': 'tooHigh',
};

const EMPTY_ENTRY: WeightEntry = { text: '', unit: 'kg', kg: undefined, problem: 'empty', typedUnit: false };

/** "1 hour", "45 minutes", "1 hour and 30 minutes", in the reader's language. */
function duration(minutes: number, locale: Locale, s: Strings): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = plural(locale, hours, { one: s.hourOne, other: s.hourOther });
  const m = plural(locale, rest, { one: s.minuteOne, other: s.minuteOther });
  if (!hours) return m;
  return rest ? format(s.hoursAndMinutes, { hours: h, minutes: m }) : h;
}

/**
 * @summary The typical ketamine dose range for a body weight, as a sentence and a bar, with the
 * context that keeps it from reading like a prescription.
 *
 * A reader types a weight (or the page presets one with `weight` and `unit`) and sees the total
 * dose range for the whole infusion: "For 70 kg, the typical range is 35 to 140 mg over 1 hour
 * (0.5 to 2 mg per kg)". The per-kg range, duration, route and adult weight bounds come from the
 * dataset, so a clinic's own dataset (`src` or an inline JSON script) changes them.
 *
 * Input is read strictly: a plain decimal ("70", "70.5", "70,5"), optionally followed by a unit
 * ("154 lb"). Anything else (empty, negative, zero, hexadecimal, exponents, text, or a weight
 * outside the dataset's adult bounds) gives a plain message next to the field and no dose. The
 * message and the result are announced to screen readers when the reader commits the field
 * (Enter or leaving it) or switches the unit, never on each keystroke.
 *
 * Units never drift: the element keeps one canonical kilogram value and only rewrites the field
 * in the other unit. Figures are rounded to two significant figures below 100 mg and to the
 * nearest 5 mg from 100 mg.
 *
 * @tagname dose-range
 * @fires change - The reader committed a new weight (Enter or leaving the field) or switched the unit. Not fired when the page sets `weight` or `unit`. Read `weightKg` and `range`.
 *
 * @csspart heading - The element's heading.
 * @csspart intro - The sentence giving the per-kg range, route and duration.
 * @csspart limits - Who the totals are for: adults within the weight bounds (and under the cap, if any), with its source.
 * @csspart citation - Each "Source:" line.
 * @csspart field - The weight field: label, hint, input, unit switch and message.
 * @csspart label - The field's visible label.
 * @csspart hint - The line under the label saying what to type.
 * @csspart input - The text input.
 * @csspart unit-switch - The kg/lb group (a fieldset of two radio buttons).
 * @csspart unit - Each unit choice (the label a reader clicks).
 * @csspart needs-js - The note shown in place of the field until the element is live: in server-rendered content without JavaScript, or before the script runs.
 * @csspart message - The message about a weight that cannot be used (empty while there is none).
 * @csspart result - The result block: the sentence and the bar.
 * @csspart sentence - The result sentence, the text equivalent of the bar.
 * @csspart bar - The range bar: labels, track and scale (hidden from screen readers; the sentence says the same).
 * @csspart track - The bar's track, from 0 to the scale's end.
 * @csspart segment - The part of the track from the low start to the upper end.
 * @csspart notice - "This is not a prescription. Your clinic decides your dose."
 * @csspart context - The notes on the range: start low, other routes, the clinic decides.
 * @csspart context-heading - The heading of the notes.
 *
 * @cssprop --kw-dose-range-bar-color - The range segment and the checked unit (default: `--kw-color-accent`).
 * @cssprop --kw-dose-range-track-color - The bar's track (default: `--kw-color-surface`).
 * @cssprop --kw-dose-range-bar-height - The bar's thickness (default: 1.25rem).
 */
export class DoseRange extends KwElement {
  /** @internal Styles are themed through custom properties and parts, not replaced. */
  static override styles = [...KwElement.styles, styles];
  /** @internal */
  static override stringTables = [doseStrings];
  /** @internal The reactive properties (see KwElement.properties). */
  static override properties: PropertyDeclarations = {
    showProblem: { state: true, attribute: false },
    entry: { state: true, attribute: false },
    weight: { type: String },
    unit: { type: String },
  };

  /** The field's text as the reader is typing it; committed into `entry` on Enter or blur. */
  private draft = '';

  /** A weight the page set that is still to be checked (and warned about) once a dataset is known. */
  private presetToCheck = false;

  // The fields named in `properties` above are reactive: setting one schedules an update.
  /** Whether the message for an unusable entry is on screen (not for an untouched, empty field). */
  private showProblem = false;

  /** The committed weight: text, unit and canonical kilograms. */
  private entry: WeightEntry = EMPTY_ENTRY;

  /**
   * The weight, as text in `unit` ("70", "154.5", "70,5"; "154 lb" names its own unit). A value
   * the element cannot use shows a message and no dose. Follows the reader's edits.
   */
  weight = '';

  /**
   * The unit of `weight` and of the field: `kg` or `lb`. Follows the reader's choice.
   * @type {'kg' | 'lb'}
   */
  unit: WeightUnit = 'kg';

  /** The reader's weight in kilograms when it is usable, else undefined. */
  get weightKg(): number | undefined {
    const assessed = this.assessed();
    return assessed?.ok ? assessed.kg : undefined;
  }

  /**
   * The dose range for the current weight (totals in mg over `durationMinutes`, rounded as
   * shown, with the exact figures and the per-kg basis), or undefined when there is no usable weight.
   */
  get range(): DoseRangeResult | undefined {
    const kg = this.weightKg;
    if (kg === undefined || !this.data) return undefined;
    const capped = cappedDoseRange(kg, this.data.dose);
    return capped.ok ? capped.range : undefined;
  }

  /** The committed entry against the current dataset's bounds; undefined until a dataset is known. */
  private assessed(): ParsedWeight | undefined {
    return this.data ? assessWeight(this.entry, this.data.dose) : undefined;
  }

  private get s(): Strings {
    return localize(doseStrings, this.locale);
  }

  /** The unit the page asked for, or kg (with a warning) for anything else. */
  private requestedUnit(): WeightUnit {
    return isWeightUnit(this.unit) ? this.unit : 'kg';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A removed attribute (null) means the default, kg, and is not worth a warning.
    if (changed.has('unit') && this.unit != null && !isWeightUnit(this.unit)) {
      warn(this, `unit="${this.unit}" is not one of ${WEIGHT_UNITS.join(', ')}; using kg.`);
    }
    const unit = this.requestedUnit();
    // The page set a weight (the reader's commits already match `entry.text`): read it in `unit`.
    const weight = String(this.weight ?? '');
    if (changed.has('weight') && weight !== this.entry.text) {
      this.setEntry(enterWeight(weight, unit));
      this.showProblem = this.entry.text.trim() !== '';
      this.presetToCheck = this.showProblem;
    } else if (unit !== this.entry.unit && this.data) {
      // The page switched the unit: the same weight in the other unit. Waits for a dataset,
      // whose bounds say whether the weight is one to keep or a number to read again.
      this.setEntry(switchUnit(this.entry, unit, this.data.dose, this.intl));
    }
    if (this.presetToCheck && this.data) this.warnAboutPreset();
  }

  /** Takes `entry` as the committed state, and mirrors it into the field and the public properties. */
  private setEntry(entry: WeightEntry): void {
    this.entry = entry;
    this.draft = entry.text;
    this.weight = entry.text;
    this.unit = entry.unit;
  }

  /**
   * Tells the page author why a `weight` they set shows no dose. Whether it is within the bounds
   * waits for a clinic dataset being loaded, which may set other bounds.
   */
  private warnAboutPreset(): void {
    const dose = this.data!.dose;
    const assessed = assessWeight(this.entry, dose);
    if (!assessed.ok && (assessed.reason === 'too-low' || assessed.reason === 'too-high') && this.clinicLoading) return;
    this.presetToCheck = false;
    if (assessed.ok || assessed.reason === 'empty') return;
    const given = `weight="${this.entry.text}"`;
    const kg = (n: number) => `${roundWeight(n)} kg`;
    const why: Record<typeof assessed.reason, string> = {
      'not-a-number': 'is not a plain decimal number',
      negative: 'is below zero',
      zero: 'is zero',
      'too-low': `(${kg(this.entry.kg!)}) is below the dataset's dose.weightKgMin (${kg(dose.weightKgMin)})`,
      'too-high': `(${kg(this.entry.kg!)}) is above the dataset's dose.weightKgMax (${kg(dose.weightKgMax)})`,
    };
    warn(this, `${given} ${why[assessed.reason]}; no dose is shown.`);
  }

  private onInput(e: InputEvent): void {
    this.draft = (e.target as HTMLInputElement).value;
    // Reward early: a message goes as soon as the text is usable; a new one waits for the commit.
    if (this.showProblem && this.data && assessWeight(enterWeight(this.draft, this.entry.unit), this.data.dose).ok) {
      this.showProblem = false;
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.isComposing) this.commit();
  }

  /**
   * The reader committed the field (Enter, or the native change on leaving it). Enter may be
   * followed by a native change for the same text: only a new text fires `change`.
   */
  private commit(): void {
    this.showProblem = true;
    if (this.draft === this.entry.text) return;
    this.setEntry(enterWeight(this.draft, this.entry.unit));
    this.fireChange();
  }

  private onUnitChange(e: Event): void {
    const unit = (e.target as HTMLInputElement).value;
    if (!isWeightUnit(unit) || unit === this.entry.unit || !this.data) return;
    this.setEntry(switchUnit(this.entry, unit, this.data.dose, this.intl));
    this.fireChange();
  }

  private fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Numbers in the reader's language: up to `digits` decimals, grouped as usual. */
  private num(n: number, digits = 2): string {
    return formatNumber(n, this.intl, digits);
  }

  /** "70 kg", or "154 lb (69.9 kg)": the dose is per kg, so pounds always show their kg. */
  private weightPhrase(kg: number, unit: WeightUnit): string {
    const s = this.s;
    const kgText = this.num(roundWeight(kg), 1);
    return unit === 'kg'
      ? format(s.weightKg, { kg: kgText })
      : format(s.weightLb, { lb: this.num(roundWeight(fromKg(kg, 'lb')), 1), kg: kgText });
  }

  /** The message for an unusable committed entry, or '' when there is none to show. */
  private message(data: Dataset, assessed: ParsedWeight): string {
    if (assessed.ok || !this.showProblem) return '';
    const s = this.s;
    const { unit } = this.entry;
    const bounds = boundsIn(unit, data.dose);
    const text = format(s[PROBLEM_KEYS[assessed.reason]], {
      min: `${this.num(bounds.min, 1)} ${s[unit]}`,
      max: `${this.num(bounds.max, 1)} ${s[unit]}`,
    });
    const other = suggestUnit(this.entry, data.dose);
    return other ? `${text} ${other === 'lb' ? s.tryLb : s.tryKg}` : text;
  }

  protected renderData(data: Dataset): TemplateResult {
    const s = this.s;
    const dose = data.dose;
    const assessed = assessWeight(this.entry, dose);
    const capped = assessed.ok ? cappedDoseRange(assessed.kg, dose) : undefined;
    const range = capped?.ok ? capped.range : undefined;
    // A usable weight whose total passes the clinic's cap: said in the result, not as an input error.
    const overCap =
      assessed.ok && capped && !capped.ok
        ? format(s.aboveCap, { weight: this.weightPhrase(assessed.kg, this.entry.unit), cap: this.num(capped.capMg) })
        : '';
    const message = this.message(data, assessed);
    return html`
      ${this.heading(s.heading)}
      ${this.frozen(
        'intro',
        () => html`<p part="intro" class="intro">
          ${format(s.intro, {
            route: dose.route,
            min: this.num(dose.mgPerKgMin, 3),
            max: this.num(dose.mgPerKgMax, 3),
            duration: duration(dose.durationMinutes, this.locale, s),
          })}
        </p>`,
      )}
      ${this.frozen('dose-citation', () => citation(data, dose.sources, this.common))} ${this.renderLimits(data)}
      ${this.renderField(message)}
      ${this.renderResult(range, showableMaxMg(dose), overCap)}
      ${this.frozen('notice', () => html`<p part="notice" class="notice"><strong>${s.notPrescription}</strong></p>`)}
      ${this.renderContext(data)} ${this.renderFooter(data)}
    `;
  }

  private renderField(message: string): TemplateResult {
    const s = this.s;
    const invalid = message !== '';
    // Server-rendered and not yet live: the controls keep their room, hidden, under a note.
    return html`<div part="field" class=${this.serverPass ? 'field static' : 'field'}>
      <label part="label" class="label" for="weight">${s.label}</label>
      <p part="hint" class="hint" id="hint">${s.hint}</p>
      <div class="stand-in-area">
      <div class="controls">
        <input
          id="weight"
          part="input"
          class="input"
          type="text"
          inputmode="decimal"
          .enterKeyHint=${'done'}
          autocomplete="off"
          spellcheck="false"
          aria-describedby="hint message"
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(this.draft)}
          @input=${this.onInput}
          @change=${this.commit}
          @keydown=${this.onKeydown}
        />
        <fieldset part="unit-switch" class="units">
          <legend class="visually-hidden">${s.unitLegend}</legend>
          ${WEIGHT_UNITS.map(
            (unit) =>
              html`<label part="unit" class="unit"
                ><input
                  class="unit-input"
                  type="radio"
                  name="unit"
                  value=${unit}
                  .checked=${live(unit === this.entry.unit)}
                  @change=${this.onUnitChange}
                /><span class="unit-text">${s[unit]}</span></label
              >`,
          )}
        </fieldset>
      </div>
      <p part="needs-js" class="needs-js">${s.needsJs}</p>
      </div>
      <p part="message" class="message" id="message" role="status">
        ${
          invalid
            ? html`<svg class="message-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" stroke-width="2"></circle>
                <path d="M10 5v6.5M10 14v1" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"></path></svg
              ><span>${message}</span>`
            : nothing
        }
      </p>
    </div>`;
  }

  /** Who the figures are for: adults within the bounds, and under the cap, with what they rest on. */
  private renderLimits(data: Dataset): FrozenPiece {
    return this.frozen('limits', () => this.limits(data));
  }

  private limits(data: Dataset): TemplateResult {
    const s = this.s;
    const dose = data.dose;
    const kg = boundsIn('kg', dose);
    const lb = boundsIn('lb', dose);
    const text = format(dose.maxTotalMg === undefined ? s.limits : s.limitsCap, {
      min: `${this.num(kg.min, 1)} ${s.kg}`,
      max: `${this.num(kg.max, 1)} ${s.kg}`,
      minLb: `${this.num(lb.min, 1)} ${s.lb}`,
      maxLb: `${this.num(lb.max, 1)} ${s.lb}`,
      cap: this.num(dose.maxTotalMg ?? 0),
    });
    return html`<div part="limits" class="limits">
      <p>${text}</p>
      ${citation(data, dose.limitSources, this.common)}
    </div>`;
  }

  private renderResult(range: DoseRangeResult | undefined, ceilingMg: number, overCap: string): TemplateResult {
    const s = this.s;
    let sentence = overCap;
    if (range) {
      const rounded = range.minMg !== range.exactMinMg || range.maxMg !== range.exactMaxMg;
      sentence = format(rounded ? s.resultRounded : s.result, {
        weight: this.weightPhrase(range.kg, this.entry.unit),
        min: this.num(range.minMg),
        max: this.num(range.maxMg),
        duration: duration(range.durationMinutes, this.locale, s),
        perKgMin: this.num(range.mgPerKgMin, 3),
        perKgMax: this.num(range.mgPerKgMax, 3),
      });
    }
    return html`<div part="result" class=${this.serverPass ? 'result static' : 'result'}>
      <p part="sentence" class="sentence" role="status">${sentence}</p>
      ${range ? this.renderBar(range, ceilingMg) : nothing}
    </div>`;
  }

  /** The range on a 0…scale track. Hidden from screen readers: the sentence above says the same. */
  private renderBar(range: DoseRangeResult, ceilingMg: number): TemplateResult {
    const s = this.s;
    const { scaleMaxMg, startPercent, endPercent } = barGeometry(range, ceilingMg);
    // Positions go through the CSSOM (cssVars), not a style attribute, so a strict CSP allows them.
    const at = (percent: number) => cssVars({ '--_kw-dose-range-at-n': (percent / 100).toFixed(6) });
    return html`<div part="bar" class="bar" aria-hidden="true">
      <span class="bar-label start" ${at(startPercent)}>${format(s.lowStart, { mg: this.num(range.minMg) })}</span>
      <div part="track" class="track">
        <div
          part="segment"
          class="segment"
          ${cssVars({
            '--_kw-dose-range-start': `${startPercent.toFixed(4)}%`,
            '--_kw-dose-range-end': `${endPercent.toFixed(4)}%`,
          })}
        ></div>
      </div>
      <span class="bar-label end" ${at(endPercent)}>${format(s.upperEnd, { mg: this.num(range.maxMg) })}</span>
      <div class="scale">
        <span>${format(s.scaleMg, { mg: this.num(0) })}</span><span>${format(s.scaleMg, { mg: this.num(scaleMaxMg) })}</span>
      </div>
    </div>`;
  }

  private renderContext(data: Dataset): FrozenPiece {
    const common = this.common;
    return this.frozen(
      'context',
      () => html`<div part="context" class="context">
      ${this.heading(this.s.contextHeading, { part: 'context-heading', level: this.level + 1 })}
      <ul class="notes">
        ${data.dose.notes.map((note) => html`<li>${note.text} ${citation(data, note.sources, common)}</li>`)}
      </ul>
    </div>`,
    );
  }
}
