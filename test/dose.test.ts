import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  LB_TO_KG,
  WEIGHT_PROBLEMS,
  WEIGHT_UNITS,
  assessWeight,
  barGeometry,
  cappedDoseRange,
  showableMaxMg,
  boundsIn,
  checkWeight,
  doseRange,
  doseStep,
  enterWeight,
  fromKg,
  isWeightUnit,
  niceCeil,
  parseNumber,
  parseWeight,
  roundDose,
  roundWeight,
  suggestUnit,
  switchUnit,
  toKg,
  weightText,
  type WeightBounds,
  type WeightEntry,
  type WeightUnit,
} from '../src/dose.js';
import en from '../src/data/ketamine.en.json';
import { DOSE_SANITY } from '../src/data/schema.js';

/**
 * Wide bounds for the arithmetic's properties (the bundled ones are narrower, checked below), and
 * the article's range, written out so a data change cannot hide a bug.
 */
const BOUNDS: WeightBounds = { weightKgMin: 30, weightKgMax: 300 };
const BASIS = { mgPerKgMin: 0.5, mgPerKgMax: 2, durationMinutes: 60 };
const LOCALES = ['en', 'es'] as const;

const unitArb = fc.constantFrom<WeightUnit>(...WEIGHT_UNITS);
const localeArb = fc.constantFrom(...LOCALES);
/** A usable weight in kg, anywhere in the bounds. */
const validKgArb = fc.double({ min: BOUNDS.weightKgMin, max: BOUNDS.weightKgMax, noNaN: true });
/** A per-kg basis as a clinic might set it: 0 < min ≤ max. */
const basisArb = fc
  .tuple(fc.double({ min: 0.01, max: 10, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }))
  .map(([min, factor]) => ({ mgPerKgMin: min, mgPerKgMax: min * factor, durationMinutes: 60 }));

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

describe('dose.ts', () => {
  it('stays finite at every corner of the schema’s sanity bounds: a valid clinic dataset cannot make it throw', () => {
    const [mgMin, mgMax] = DOSE_SANITY.mgPerKg;
    const [kgMin, kgMax] = DOSE_SANITY.weightKg;
    for (const [lo, hi] of [
      [mgMin, mgMin],
      [mgMin, mgMax],
      [mgMax, mgMax],
    ] as const) {
      for (const kg of [kgMin, kgMax]) {
        const limits = { mgPerKgMin: lo, mgPerKgMax: hi, durationMinutes: 60, weightKgMin: kgMin, weightKgMax: kgMax };
        for (const cap of [undefined, ...DOSE_SANITY.totalMg]) {
          const capped = { ...limits, maxTotalMg: cap };
          const result = cappedDoseRange(kg, capped);
          if (result.ok)
            expect(
              Number.isFinite(result.range.minMg) && result.range.maxMg >= result.range.minMg,
              `${lo}–${hi} mg/kg at ${kg} kg`,
            ).to.equal(true);
          const scale = niceCeil(showableMaxMg(capped));
          expect(Number.isFinite(scale) && scale > 0, `scale for ${lo}–${hi} mg/kg, cap ${cap}`).to.equal(true);
        }
      }
    }
  });

  it('keeps the bundled dataset in line with the figures these tests assume', () => {
    expect(en.dose).to.include({ ...BASIS, weightKgMin: 40, weightKgMax: 150 });
    expect(en.dose).not.to.have.property('maxTotalMg');
  });

  describe('parseNumber', () => {
    const accepted: [string, number, WeightUnit | undefined][] = [
      ['70', 70, undefined],
      ['70.5', 70.5, undefined],
      [' 70 ', 70, undefined],
      ['\u00a070\t', 70, undefined],
      ['0070', 70, undefined],
      ['70.', 70, undefined],
      ['.5', 0.5, undefined],
      ['70,5', 70.5, undefined],
      [',5', 0.5, undefined],
      ['70kg', 70, 'kg'],
      ['70 kg', 70, 'kg'],
      ['70 KG', 70, 'kg'],
      ['70 kg.', 70, 'kg'],
      ['70 kgs', 70, 'kg'],
      ['70 kilos', 70, 'kg'],
      ['70 kilograms', 70, 'kg'],
      ['70 kilogramos', 70, 'kg'],
      ['154 lb', 154, 'lb'],
      ['154lbs', 154, 'lb'],
      ['154 Lbs.', 154, 'lb'],
      ['154 pounds', 154, 'lb'],
      ['154 libras', 154, 'lb'],
    ];
    for (const [text, value, unit] of accepted) {
      it(`reads ${JSON.stringify(text)} as ${value}${unit ? ` ${unit}` : ''}`, () => {
        const parsed = parseNumber(text);
        expect(parsed).to.include({ ok: true, value, unit });
      });
    }

    it('keeps the digits as typed, without spaces or unit', () => {
      expect(parseNumber(' 70,5 kg ')).to.include({ digits: '70,5' });
    });

    const rejected: [string, string][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['\n\t', 'empty'],
      ['0x46', 'not-a-number'],
      ['0X46', 'not-a-number'],
      ['7e1', 'not-a-number'],
      ['7E1', 'not-a-number'],
      ['1e400', 'not-a-number'],
      ['1e-400', 'not-a-number'],
      ['Infinity', 'not-a-number'],
      ['-Infinity', 'not-a-number'],
      ['NaN', 'not-a-number'],
      ['70abc', 'not-a-number'],
      ['abc', 'not-a-number'],
      ['seventy', 'not-a-number'],
      ['--70', 'not-a-number'],
      ['+70', 'not-a-number'],
      ['70-', 'not-a-number'],
      ['7 0', 'not-a-number'],
      ['70.5.3', 'not-a-number'],
      ['1,000.5', 'not-a-number'],
      ['70..5', 'not-a-number'],
      ['.', 'not-a-number'],
      [',', 'not-a-number'],
      ['70 stone', 'not-a-number'],
      ['70 kg lb', 'not-a-number'],
      ['70 .', 'not-a-number'],
      ['kg 70', 'not-a-number'],
      ['٧٠', 'not-a-number'],
      ['７０', 'not-a-number'],
      ['70%', 'not-a-number'],
      ['1/2', 'not-a-number'],
      ['-70', 'negative'],
      ['\u221270', 'negative'],
      ['-70 kg', 'negative'],
      ['-0.5', 'negative'],
      ['0', 'zero'],
      ['0.0', 'zero'],
      ['000', 'zero'],
      [',0', 'zero'],
      ['-0', 'zero'],
      ['0 kg', 'zero'],
    ];
    for (const [text, reason] of rejected) {
      it(`rejects ${JSON.stringify(text)} as ${reason}`, () => {
        expect(parseNumber(text)).to.deep.equal({ ok: false, reason });
      });
    }

    it('reads a digit string too long for a double as Infinity, which no bound accepts', () => {
      const huge = `1${'0'.repeat(400)}`;
      expect(parseNumber(huge)).to.include({ ok: true, value: Infinity });
      expect(parseWeight(huge, 'kg', BOUNDS)).to.include({ ok: false, reason: 'too-high' });
    });

    it('never throws, and accepts only digits with one separator and an optional unit word', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (text) => {
          const parsed = parseNumber(text);
          if (!parsed.ok) return WEIGHT_PROBLEMS.includes(parsed.reason);
          return /^\s*(\d+([.,]\d*)?|[.,]\d+)\s*[\p{L}.]*\s*$/u.test(text) && parsed.value > 0;
        }),
      );
    });

    it('reads back any positive decimal written with a dot or a comma', () => {
      fc.assert(
        fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.constantFrom('.', ','), (x, sep) => {
          const text = x.toFixed(3).replace('.', sep);
          const parsed = parseNumber(text);
          return parsed.ok && parsed.value === Number(x.toFixed(3));
        }),
      );
    });
  });

  describe('units', () => {
    it('uses the exact international pound', () => {
      expect(LB_TO_KG).to.equal(0.45359237);
      expect(toKg(1, 'lb')).to.equal(0.45359237);
      expect(toKg(70, 'kg')).to.equal(70);
      expect(fromKg(70, 'kg')).to.equal(70);
      expect(fromKg(0.45359237, 'lb')).to.equal(1);
      expect(roundWeight(fromKg(70, 'lb'))).to.equal(154.3);
    });

    it('tells units from other values', () => {
      expect(isWeightUnit('kg')).to.equal(true);
      expect(isWeightUnit('lb')).to.equal(true);
      for (const bad of ['KG', 'lbs', 'stone', '', undefined, null, 1]) expect(isWeightUnit(bad), String(bad)).to.equal(false);
    });

    it('round-trips kg → lb → kg within float tolerance', () => {
      fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (kg) => near(toKg(fromKg(kg, 'lb'), 'lb'), kg, kg * 1e-14)));
    });

    it('writes field text in the locale, a tenth at most, without grouping', () => {
      expect(weightText(70, 'kg', 'en')).to.equal('70');
      expect(weightText(70, 'lb', 'en')).to.equal('154.3');
      expect(weightText(70, 'lb', 'es')).to.equal('154,3');
      expect(weightText(600, 'lb', 'en')).to.equal('1322.8');
      expect(weightText(70.04, 'kg', 'en')).to.equal('70');
    });

    it('field text reads back to within half a tenth of the unit, in both languages', () => {
      fc.assert(
        fc.property(validKgArb, unitArb, localeArb, (kg, unit, locale) => {
          const parsed = parseNumber(weightText(kg, unit, locale));
          return parsed.ok && near(parsed.value, fromKg(kg, unit), 0.05 + 1e-9);
        }),
      );
    });

    it('shows the bounds in each unit rounded inward, so each figure shown is accepted', () => {
      expect(boundsIn('kg', BOUNDS)).to.deep.equal({ min: 30, max: 300 });
      expect(boundsIn('lb', BOUNDS)).to.deep.equal({ min: 66.2, max: 661.3 });
      fc.assert(
        fc.property(
          fc.double({ min: 1, max: 200, noNaN: true }),
          fc.double({ min: 1.5, max: 20, noNaN: true }),
          unitArb,
          (min, factor, unit) => {
            const bounds = { weightKgMin: min, weightKgMax: min * factor };
            const shown = boundsIn(unit, bounds);
            return (
              parseWeight(String(shown.min), unit, bounds).ok &&
              parseWeight(String(shown.max), unit, bounds).ok &&
              !parseWeight(String(roundWeight(shown.min - 0.1)), unit, bounds).ok &&
              !parseWeight(String(roundWeight(shown.max + 0.1)), unit, bounds).ok
            );
          },
        ),
      );
    });
  });

  describe('checkWeight and parseWeight', () => {
    it('accepts the bounds themselves and rejects anything past them', () => {
      expect(checkWeight(30, 'kg', BOUNDS)).to.deep.equal({ ok: true, kg: 30, unit: 'kg' });
      expect(checkWeight(300, 'kg', BOUNDS)).to.deep.equal({ ok: true, kg: 300, unit: 'kg' });
      expect(checkWeight(29.99, 'kg', BOUNDS)).to.deep.equal({ ok: false, reason: 'too-low', kg: 29.99, unit: 'kg' });
      expect(checkWeight(300.01, 'lb', BOUNDS)).to.deep.equal({ ok: false, reason: 'too-high', kg: 300.01, unit: 'lb' });
      expect(checkWeight(Number.NaN, 'kg', BOUNDS).ok).to.equal(false);
    });

    it('reads kg and lb presets', () => {
      expect(parseWeight('70', 'kg', BOUNDS)).to.deep.equal({ ok: true, kg: 70, unit: 'kg' });
      const lb = parseWeight('154', 'lb', BOUNDS);
      expect(lb.ok && lb.unit).to.equal('lb');
      expect(lb.ok && lb.kg).to.be.closeTo(69.853, 0.001);
    });

    it('lets a unit typed after the number win over the selected one', () => {
      const parsed = parseWeight('154 lb', 'kg', BOUNDS);
      expect(parsed).to.deep.equal({ ok: true, kg: 154 * LB_TO_KG, unit: 'lb' });
      expect(parseWeight('70 kg', 'lb', BOUNDS)).to.deep.equal({ ok: true, kg: 70, unit: 'kg' });
    });

    it('reports every kind of unusable text', () => {
      expect(parseWeight('', 'kg', BOUNDS)).to.deep.equal({ ok: false, reason: 'empty' });
      expect(parseWeight('0x46', 'kg', BOUNDS)).to.deep.equal({ ok: false, reason: 'not-a-number' });
      expect(parseWeight('-70', 'kg', BOUNDS)).to.deep.equal({ ok: false, reason: 'negative' });
      expect(parseWeight('0', 'kg', BOUNDS)).to.deep.equal({ ok: false, reason: 'zero' });
      expect(parseWeight('29', 'kg', BOUNDS)).to.deep.equal({ ok: false, reason: 'too-low', kg: 29, unit: 'kg' });
      expect(parseWeight('301', 'kg', BOUNDS)).to.deep.equal({ ok: false, reason: 'too-high', kg: 301, unit: 'kg' });
      expect(parseWeight('66', 'lb', BOUNDS)).to.include({ ok: false, reason: 'too-low' });
      expect(parseWeight('662', 'lb', BOUNDS)).to.include({ ok: false, reason: 'too-high' });
    });

    it('yields no weight for any number outside the bounds, in either unit', () => {
      const outside = fc.oneof(
        fc.double({ min: 1e-3, max: BOUNDS.weightKgMin, maxExcluded: true, noNaN: true }),
        fc.double({ min: BOUNDS.weightKgMax, minExcluded: true, max: 1e9, noNaN: true }),
      );
      fc.assert(
        fc.property(outside, unitArb, localeArb, (kg, unit, locale) => {
          // Written exactly (not rounded to a tenth) so the number typed is really outside.
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false }).format(fromKg(kg, unit));
          const parsed = parseWeight(text, unit, BOUNDS);
          const value = parseNumber(text);
          if (value.ok && toKg(value.value, unit) >= BOUNDS.weightKgMin && toKg(value.value, unit) <= BOUNDS.weightKgMax) return true; // rounding of the text itself landed inside
          return !parsed.ok && (parsed.reason === 'too-low' || parsed.reason === 'too-high' || parsed.reason === 'zero');
        }),
      );
    });

    it('accepts every number inside the bounds', () => {
      fc.assert(
        fc.property(validKgArb, (kg) => {
          const parsed = parseWeight(kg.toFixed(6), 'kg', BOUNDS);
          const typed = Number(kg.toFixed(6));
          return typed < BOUNDS.weightKgMin || typed > BOUNDS.weightKgMax || (parsed.ok && parsed.kg === typed);
        }),
      );
    });
  });

  describe('entries and unit switches', () => {
    const entry = (text: string, unit: WeightUnit = 'kg') => enterWeight(text, unit);

    it('keeps what the text says: number, problem, typed unit', () => {
      expect(entry('70')).to.deep.equal({ text: '70', unit: 'kg', kg: 70, problem: undefined, typedUnit: false });
      expect(entry('abc')).to.deep.equal({ text: 'abc', unit: 'kg', kg: undefined, problem: 'not-a-number', typedUnit: false });
      expect(entry('154 lb')).to.deep.equal({ text: '154 lb', unit: 'lb', kg: 154 * LB_TO_KG, problem: undefined, typedUnit: true });
      expect(entry('500')).to.include({ kg: 500, problem: undefined });
    });

    it('assesses an entry against the bounds', () => {
      expect(assessWeight(entry('70'), BOUNDS)).to.deep.equal({ ok: true, kg: 70, unit: 'kg' });
      expect(assessWeight(entry(''), BOUNDS)).to.deep.equal({ ok: false, reason: 'empty' });
      expect(assessWeight(entry('-5'), BOUNDS)).to.deep.equal({ ok: false, reason: 'negative' });
      expect(assessWeight(entry('500'), BOUNDS)).to.include({ ok: false, reason: 'too-high' });
      const blank: WeightEntry = { text: '', unit: 'kg', kg: undefined, problem: undefined, typedUnit: false };
      expect(assessWeight(blank, BOUNDS)).to.deep.equal({ ok: false, reason: 'empty' });
    });

    it('converts a usable weight, keeping its kilograms exactly', () => {
      const lb = switchUnit(entry('70'), 'lb', BOUNDS, 'en');
      expect(lb).to.deep.equal({ text: '154.3', unit: 'lb', kg: 70, problem: undefined, typedUnit: false });
      expect(switchUnit(lb, 'kg', BOUNDS, 'en')).to.deep.equal({ text: '70', unit: 'kg', kg: 70, problem: undefined, typedUnit: false });
      expect(switchUnit(entry('70'), 'lb', BOUNDS, 'es').text).to.equal('154,3');
    });

    it('returns the same entry when the unit does not change', () => {
      const e = entry('70');
      expect(switchUnit(e, 'kg', BOUNDS, 'en')).to.equal(e);
    });

    it('reads a number outside the bounds again in the new unit', () => {
      const tooHigh = entry('400');
      const lb = switchUnit(tooHigh, 'lb', BOUNDS, 'en');
      expect(lb).to.deep.equal({ text: '400', unit: 'lb', kg: 400 * LB_TO_KG, problem: undefined, typedUnit: false });
      expect(assessWeight(lb, BOUNDS).ok).to.equal(true);
      // A typed unit gives way to the switch; the field keeps just the number.
      expect(switchUnit(entry('1000 lb'), 'kg', BOUNDS, 'en')).to.deep.equal({
        text: '1000',
        unit: 'kg',
        kg: 1000,
        problem: undefined,
        typedUnit: false,
      });
    });

    it('keeps text that is not a number, changing only the unit', () => {
      expect(switchUnit(entry('abc'), 'lb', BOUNDS, 'en')).to.deep.equal({ ...entry('abc'), unit: 'lb' });
      expect(switchUnit(entry(''), 'lb', BOUNDS, 'en')).to.deep.equal({ ...entry(''), unit: 'lb' });
    });

    it('never drifts, however often the unit is switched', () => {
      fc.assert(
        fc.property(validKgArb, unitArb, fc.array(unitArb, { maxLength: 30 }), localeArb, (kg, start, switches, locale) => {
          const first = enterWeight(weightText(kg, start, locale), start);
          if (!assessWeight(first, BOUNDS).ok) return true; // the tenth shown fell just outside a bound
          let e = first;
          for (const unit of switches) {
            e = switchUnit(e, unit, BOUNDS, locale);
            if (e.kg !== first.kg) return false;
            const expected = e.unit === start ? first.text : weightText(first.kg!, e.unit, locale);
            if (e.text !== expected) return false;
          }
          return true;
        }),
      );
    });

    it('suggests the other unit only when the same number fits in it', () => {
      expect(suggestUnit(entry('400'), BOUNDS)).to.equal('lb');
      expect(suggestUnit(entry('60', 'lb'), BOUNDS)).to.equal('kg');
      expect(suggestUnit(entry('1000'), BOUNDS), 'too high in both').to.equal(undefined);
      expect(suggestUnit(entry('10', 'lb'), BOUNDS), 'too low in both').to.equal(undefined);
      expect(suggestUnit(entry('400 kg'), BOUNDS), 'unit typed').to.equal(undefined);
      expect(suggestUnit(entry('70'), BOUNDS), 'usable').to.equal(undefined);
      expect(suggestUnit(entry('abc'), BOUNDS), 'not a number').to.equal(undefined);
    });
  });

  describe('rounding', () => {
    const cases: [number, number][] = [
      [35, 35],
      [34.93, 35],
      [139.7, 140],
      [100, 100],
      [102.4, 100],
      [102.5, 105],
      [1234, 1235],
      [99.5, 100],
      [99.4, 99],
      [10, 10],
      [9.96, 10],
      [9.94, 9.9],
      [3.45, 3.5],
      [0.3, 0.3],
      [0.0344, 0.034],
    ];
    for (const [mg, rounded] of cases) {
      it(`rounds ${mg} mg to ${rounded} mg`, () => {
        expect(roundDose(mg)).to.equal(rounded);
      });
    }

    it('uses 5 mg steps from 100 mg and two significant figures below', () => {
      expect(doseStep(100)).to.equal(5);
      expect(doseStep(600)).to.equal(5);
      expect(doseStep(99)).to.equal(1);
      expect(doseStep(10)).to.equal(1);
      expect(doseStep(9.9)).to.be.closeTo(0.1, 1e-15);
      expect(doseStep(0.5)).to.be.closeTo(0.01, 1e-15);
    });

    it('refuses a dose that is not a positive finite number', () => {
      for (const bad of [0, -1, Number.NaN, Infinity]) {
        expect(() => doseStep(bad), String(bad)).to.throw(RangeError);
        expect(() => roundDose(bad), String(bad)).to.throw(RangeError);
      }
    });

    it('stays within half a step of the exact dose, and never reorders two doses', () => {
      const mg = fc.double({ min: 1e-3, max: 1e5, noNaN: true });
      fc.assert(fc.property(mg, (x) => near(roundDose(x), x, doseStep(x) / 2 + 1e-9 * x)));
      fc.assert(
        fc.property(mg, mg, (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return roundDose(lo) <= roundDose(hi);
        }),
      );
    });
  });

  describe('doseRange', () => {
    it('gives 35 to 140 mg for 70 kg at 0.5 to 2 mg/kg over an hour', () => {
      expect(doseRange(70, BASIS)).to.deep.equal({
        kg: 70,
        minMg: 35,
        maxMg: 140,
        exactMinMg: 35,
        exactMaxMg: 140,
        mgPerKgMin: 0.5,
        mgPerKgMax: 2,
        durationMinutes: 60,
      });
    });

    it('gives 35 to 140 mg for 154 lb, rounded from 34.9 and 139.7', () => {
      const range = doseRange(154 * LB_TO_KG, BASIS);
      expect(range).to.include({ minMg: 35, maxMg: 140 });
      expect(range.exactMinMg).to.be.closeTo(34.93, 0.01);
      expect(range.exactMaxMg).to.be.closeTo(139.71, 0.01);
    });

    it('follows a clinic basis', () => {
      expect(doseRange(80, { mgPerKgMin: 0.25, mgPerKgMax: 1, durationMinutes: 40 })).to.include({
        minMg: 20,
        maxMg: 80,
        durationMinutes: 40,
      });
      expect(doseRange(70, { mgPerKgMin: 1, mgPerKgMax: 1, durationMinutes: 60 })).to.include({ minMg: 70, maxMg: 70 });
    });

    it('refuses a weight or basis it cannot use', () => {
      for (const kg of [0, -70, Number.NaN, Infinity]) expect(() => doseRange(kg, BASIS), String(kg)).to.throw(RangeError);
      expect(() => doseRange(70, { ...BASIS, mgPerKgMin: 0 })).to.throw(RangeError);
      expect(() => doseRange(70, { ...BASIS, mgPerKgMin: 3 })).to.throw(RangeError);
      expect(() => doseRange(70, { ...BASIS, mgPerKgMax: Infinity })).to.throw(RangeError);
    });

    it('for every usable weight and basis: min ≤ max, linear in weight, rounded within a step', () => {
      fc.assert(
        fc.property(validKgArb, basisArb, (kg, basis) => {
          const r = doseRange(kg, basis);
          return (
            r.minMg <= r.maxMg &&
            r.exactMinMg === kg * basis.mgPerKgMin &&
            r.exactMaxMg === kg * basis.mgPerKgMax &&
            near(r.minMg, r.exactMinMg, doseStep(r.exactMinMg) / 2 + 1e-9 * r.exactMinMg) &&
            near(r.maxMg, r.exactMaxMg, doseStep(r.exactMaxMg) / 2 + 1e-9 * r.exactMaxMg)
          );
        }),
      );
    });

    it('scales with weight: k times the weight is k times the dose, and more weight never less dose', () => {
      fc.assert(
        fc.property(validKgArb, fc.double({ min: 0.1, max: 10, noNaN: true }), basisArb, (kg, k, basis) => {
          const a = doseRange(kg, basis);
          const b = doseRange(kg * k, basis);
          const scaled =
            near(b.exactMinMg, k * a.exactMinMg, 1e-9 * b.exactMinMg) && near(b.exactMaxMg, k * a.exactMaxMg, 1e-9 * b.exactMaxMg);
          const monotone = k >= 1 ? b.minMg >= a.minMg && b.maxMg >= a.maxMg : b.minMg <= a.minMg && b.maxMg <= a.maxMg;
          return scaled && monotone;
        }),
      );
    });
  });

  describe('limits: bounds and a cap on the total', () => {
    const limits = { ...BASIS, weightKgMin: 40, weightKgMax: 150 };

    it('shows at most the upper per-kg figure at the top bound, or the cap when lower', () => {
      expect(showableMaxMg(limits)).to.equal(300);
      expect(showableMaxMg({ ...limits, maxTotalMg: 200 })).to.equal(200);
      expect(showableMaxMg({ ...limits, maxTotalMg: 1000 })).to.equal(300);
    });

    it('computes no range whose upper total passes the cap, and says the cap', () => {
      expect(cappedDoseRange(70, limits)).to.deep.include({ ok: true });
      expect(cappedDoseRange(100, { ...limits, maxTotalMg: 200 })).to.deep.include({ ok: true });
      expect(cappedDoseRange(100.5, { ...limits, maxTotalMg: 200 })).to.deep.equal({ ok: false, capMg: 200 });
      fc.assert(
        fc.property(fc.double({ min: 40, max: 150, noNaN: true }), fc.double({ min: 20, max: 400, noNaN: true }), (kg, cap) => {
          const result = cappedDoseRange(kg, { ...limits, maxTotalMg: cap });
          return result.ok ? result.range.exactMaxMg <= cap : kg * limits.mgPerKgMax > cap;
        }),
      );
    });
  });

  describe('the bar', () => {
    it('rounds the scale up to a nice number', () => {
      const cases: [number, number][] = [
        [1, 1],
        [1.1, 1.2],
        [147, 150],
        [100, 100],
        [101, 120],
        [0.7, 0.8],
        [9, 10],
        [8.5, 10],
        [630, 800],
      ];
      for (const [x, nice] of cases) expect(niceCeil(x), String(x)).to.equal(nice);
      for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => niceCeil(bad), String(bad)).to.throw(RangeError);
    });

    it('puts 35 to 140 mg at 23.3 % to 93.3 % of a 0 to 150 mg track', () => {
      const bar = barGeometry({ minMg: 35, maxMg: 140 });
      expect(bar.scaleMaxMg).to.equal(150);
      expect(bar.startPercent).to.be.closeTo(23.333, 0.001);
      expect(bar.endPercent).to.be.closeTo(93.333, 0.001);
    });

    it('ends the scale at the largest total it can show, never past it', () => {
      expect(barGeometry({ minMg: 35, maxMg: 140 }, 300).scaleMaxMg).to.equal(150);
      expect(barGeometry({ minMg: 75, maxMg: 300 }, 300).scaleMaxMg).to.equal(300);
      expect(barGeometry({ minMg: 75, maxMg: 300 }).scaleMaxMg, 'without a ceiling').to.equal(400);
      expect(barGeometry({ minMg: 60, maxMg: 240 }, 250).scaleMaxMg).to.equal(250);
      fc.assert(
        fc.property(validKgArb, basisArb, (kg, basis) => {
          const limits = { ...basis, ...BOUNDS };
          const r = doseRange(kg, basis);
          const bar = barGeometry(r, showableMaxMg(limits));
          return bar.scaleMaxMg >= r.maxMg && bar.scaleMaxMg <= Math.max(r.maxMg, showableMaxMg(limits)) && bar.endPercent <= 100;
        }),
      );
    });

    it('always places the segment inside the track, in order, in its upper part', () => {
      fc.assert(
        fc.property(validKgArb, basisArb, (kg, basis) => {
          const r = doseRange(kg, basis);
          const bar = barGeometry(r);
          return (
            bar.scaleMaxMg >= r.maxMg * 1.05 - 1e-9 &&
            bar.startPercent > 0 &&
            bar.startPercent <= bar.endPercent &&
            bar.endPercent < 100 &&
            bar.endPercent >= 70 &&
            near(bar.startPercent, (r.minMg / bar.scaleMaxMg) * 100, 1e-9)
          );
        }),
      );
    });
  });
});
