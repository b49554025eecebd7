import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { stub, type SinonStub } from 'sinon';
import '../../src/ketamine-widgets.js';
import type { DoseRange } from '../../src/components/dose-range/dose-range.js';
import { LB_TO_KG, barGeometry, showableMaxMg } from '../../src/dose.js';
import { doseStrings } from '../../src/components/dose-range/dose-range.strings.js';
import { es as doseEs } from '../../src/components/dose-range/translations/es.js';
import { cssVars } from '../../src/internal/css-vars.js';
import { render, type TemplateResult } from 'lit';
import en from '../../src/data/ketamine.en.json';
import es from '../../src/data/ketamine.es.json';
import { closeFrames, openFrame } from '../helpers/frame.js';
import { LOADS, preload } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';

const shadow = (el: DoseRange) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: DoseRange, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const input = (el: DoseRange) => part<HTMLInputElement>(el, 'input')!;
const radio = (el: DoseRange, unit: 'kg' | 'lb') => shadow(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${unit}"]`)!;
const sentence = (el: DoseRange) => textOf(part(el, 'sentence'));
const message = (el: DoseRange) => textOf(part(el, 'message'));

/**
 * Applies the element's own rules for a media condition (e.g. forced colours) as if it matched,
 * for conditions the test browsers cannot emulate. Returns how many rules were applied.
 */
function applyMediaRules(el: DoseRange, condition: RegExp): number {
  const rules = (el.constructor as typeof DoseRange).elementStyles
    .map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!))
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && condition.test(rule.conditionText))
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
  expect(rules.length, `rules for ${condition}`).to.be.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  return rules.length;
}

/** Counts the `change` events the element fires. */
function countChanges(el: DoseRange): { count: number } {
  const counter = { count: 0 };
  el.addEventListener('change', () => counter.count++);
  return counter;
}

/**
 * Replaces the field's text the way a reader does on a keyboard: focus, select all, type, then
 * Enter (or Tab, or nothing). For tests about typing: keep `text` short, since every key is a round
 * trip to the browser (a long string can outlast the test's timeout on a busy machine, and its
 * keys then land in the next test's field).
 */
async function typeWeight(el: DoseRange, text: string, commit: 'Enter' | 'Tab' | 'none' = 'Enter'): Promise<void> {
  const field = input(el);
  field.focus();
  field.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  await waitUntil(() => field.value === text, `the field holds "${text}" (it has "${field.value}")`);
  if (commit !== 'none') await sendKeys({ press: commit });
  await el.updateComplete;
}

/**
 * Puts `text` in the field in one step, as a paste does (the value, then one `input` event), and
 * commits it with Enter. For tests about what the element makes of a text, not about typing.
 */
async function pasteWeight(el: DoseRange, text: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = text;
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: text ? 'insertFromPaste' : 'deleteContentBackward' }),
  );
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Asserts the state a reader sees for a weight the element cannot use. */
/** Renders a <dose-range> that carries an inline clinic dataset, once the dataset has applied. */
async function withClinic(template: TemplateResult): Promise<DoseRange> {
  const loaded = oneEvent(document, 'kw-load');
  const el = await fixture<DoseRange>(template);
  await loaded;
  await el.updateComplete;
  return el;
}

function expectNoDose(el: DoseRange, pattern: RegExp): void {
  const status = part(el, 'message')!;
  expect(status.getAttribute('role')).to.equal('status');
  expect(message(el)).to.match(pattern);
  expect(status.getBoundingClientRect().height, 'message visible').to.be.greaterThan(0);
  expect(input(el).getAttribute('aria-invalid')).to.equal('true');
  expect(sentence(el)).to.equal('');
  expect(textOf(shadow(el).querySelector('.result'))).not.to.match(/\d+\s*mg/);
  expect(part(el, 'segment')).to.equal(null);
  expect(part(el, 'bar')).to.equal(null);
  expect(el.range).to.equal(undefined);
  expect(el.weightKg).to.equal(undefined);
}

describe('<dose-range>', () => {
  preload();
  let warn: SinonStub;
  beforeEach(() => {
    warn = stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
  });

  describe('presets', () => {
    it('shows 35 to 140 mg over 1 hour for weight="70" (kg by default)', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      expect(sentence(el)).to.equal('For 70 kg, the typical range is 35 to 140 mg over 1 hour (0.5 to 2 mg per kg).');
      expect(input(el).value).to.equal('70');
      expect(radio(el, 'kg').checked).to.equal(true);
      expect(el.weightKg).to.equal(70);
      expect(el.range).to.deep.include({ minMg: 35, maxMg: 140, mgPerKgMin: 0.5, mgPerKgMax: 2, durationMinutes: 60 });
      expect(message(el)).to.equal('');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      expect(warn.called).to.equal(false);
    });

    it('reads weight="154" unit="lb" as 69.9 kg and says the range is rounded', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="154" unit="lb"></dose-range>`);
      expect(sentence(el)).to.equal('For 154 lb (69.9 kg), the typical range is about 35 to 140 mg over 1 hour (0.5 to 2 mg per kg).');
      expect(radio(el, 'lb').checked).to.equal(true);
      expect(el.weightKg).to.be.closeTo(154 * LB_TO_KG, 1e-9);
      expect(el.range).to.include({ minMg: 35, maxMg: 140 });
      expect(el.range!.exactMinMg).to.be.closeTo(34.93, 0.01);
    });

    it('takes a unit written in the weight ("200 lb") and moves the switch to it', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="200 lb"></dose-range>`);
      expect(radio(el, 'lb').checked).to.equal(true);
      expect(el.unit).to.equal('lb');
      expect(el.range).to.include({ minMg: 45, maxMg: 180 });
    });

    it('follows the page setting weight and unit, converting without drift and without a change event', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="80"></dose-range>`);
      const changes = countChanges(el);
      el.setAttribute('weight', '90');
      await el.updateComplete;
      expect(el.range).to.include({ minMg: 45, maxMg: 180 });
      el.unit = 'lb';
      await el.updateComplete;
      expect(input(el).value).to.equal('198.4');
      expect(radio(el, 'lb').checked).to.equal(true);
      expect(el.weightKg).to.equal(90);
      el.setAttribute('unit', 'kg');
      await el.updateComplete;
      expect(input(el).value).to.equal('90');
      expect(el.weightKg).to.equal(90);
      el.weight = '150';
      el.unit = 'lb';
      await el.updateComplete;
      expect(el.weightKg, 'weight and unit set together: the weight is in that unit').to.be.closeTo(150 * LB_TO_KG, 1e-9);
      el.removeAttribute('weight');
      await el.updateComplete;
      expect(el.range).to.equal(undefined);
      expect(message(el), 'no weight from the page is not an error').to.equal('');
      expect(changes.count).to.equal(0);
    });

    const badPresets: [string, RegExp][] = [
      ['abc', /as a number/],
      ['0x46', /as a number/],
      ['1e400', /as a number/],
      ['-70', /less than zero/],
      ['0', /more than zero/],
      ['12', /less than 40 kg/],
      ['350', /more than 150 kg/],
    ];
    for (const [weight, pattern] of badPresets) {
      it(`shows a message, no dose and warns once for weight="${weight}"`, async () => {
        const el = await fixture<DoseRange>(html`<dose-range weight=${weight}></dose-range>`);
        expectNoDose(el, pattern);
        el.requestUpdate();
        await el.updateComplete;
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('<dose-range>').and.contain(`weight="${weight}"`);
      });
    }

    it('reads a weight set as a number, without throwing', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      (el as unknown as { weight: number }).weight = 70;
      await el.updateComplete;
      expect(el.range).to.include({ minMg: 35, maxMg: 140 });
    });

    it('warns once and uses kg for an unknown unit', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70" unit="stone"></dose-range>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('unit="stone"').and.contain('kg');
      expect(radio(el, 'kg').checked).to.equal(true);
      expect(el.weightKg).to.equal(70);
      expect(el.range).to.include({ minMg: 35, maxMg: 140 });
    });
  });

  describe('typing', () => {
    it('shows the range for a weight the reader types, on Enter', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      expect(sentence(el)).to.equal('');
      await typeWeight(el, '80');
      expect(sentence(el)).to.equal('For 80 kg, the typical range is 40 to 160 mg over 1 hour (0.5 to 2 mg per kg).');
      expect(el.weightKg).to.equal(80);
      expect(el.weight).to.equal('80');
    });

    it('shows the range when the reader leaves the field (Tab)', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      await typeWeight(el, '60', 'Tab');
      expect(el.range).to.include({ minMg: 30, maxMg: 120 });
    });

    it('accepts a decimal comma, spaces and a unit after the number', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      await typeWeight(el, ' 70,5 ');
      expect(el.weightKg).to.equal(70.5);
      expect(sentence(el)).to.contain('For 70.5 kg').and.contain('about 35 to 140 mg');
      await typeWeight(el, '154 lb');
      expect(radio(el, 'lb').checked).to.equal(true);
      expect(el.weightKg).to.be.closeTo(154 * LB_TO_KG, 1e-9);
    });

    it('does not recompute or announce on each keystroke, only on commit', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      await typeWeight(el, 'abc', 'none');
      expect(message(el)).to.equal('');
      expect(el.weightKg, 'the committed weight stands until the reader commits').to.equal(70);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectNoDose(el, /as a number/);
    });

    it('clears a message as soon as the text becomes usable, before the commit', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      await typeWeight(el, '7');
      expect(message(el)).to.match(/less than 40 kg/);
      await sendKeys({ type: '5' });
      await el.updateComplete;
      expect(message(el)).to.equal('');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      expect(el.range, 'no dose until the commit').to.equal(undefined);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.range).to.include({ minMg: 38, maxMg: 150 });
    });

    const bad: [string, string, RegExp][] = [
      ['empty', '', /Enter a weight/],
      ['negative', '-70', /less than zero/],
      ['zero', '0', /more than zero/],
      ['hexadecimal', '0x46', /as a number/],
      ['exponent overflow', '1e400', /as a number/],
      ['exponent', '7e1', /as a number/],
      ['Infinity', 'Infinity', /as a number/],
      ['text', 'seventy', /as a number/],
      ['number then text', '70abc', /as a number/],
      [
        'below the bounds',
        '39',
        /less than 40 kg\. This page shows totals only for adults from 40 kg to 150 kg\. Your care team works out the dose for each person\./,
      ],
      [
        'above the bounds',
        '151',
        /more than 150 kg\. This page shows totals only for adults from 40 kg to 150 kg\. Your care team works out the dose for each person\./,
      ],
      ['a digit string too long for a number', '9'.repeat(310), /more than 150 kg/],
    ];
    for (const [what, text, pattern] of bad) {
      it(`shows a message and no dose for ${what}`, async () => {
        const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
        await pasteWeight(el, text);
        expectNoDose(el, pattern);
        expect(warn.called, 'a reader’s typing is not a page error').to.equal(false);
      });
    }

    it('states the bounds in pounds when the field is in pounds', async () => {
      const el = await fixture<DoseRange>(html`<dose-range unit="lb"></dose-range>`);
      await pasteWeight(el, '50');
      expectNoDose(el, /less than 88\.2 lb\. This page shows totals only for adults from 88\.2 lb to 330\.6 lb\./);
    });

    it('offers the other unit when the number fits it, and choosing it shows the range', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      await pasteWeight(el, '300');
      expectNoDose(el, /more than 150 kg.*If you meant pounds, choose lb\./);
      radio(el, 'lb').click();
      await el.updateComplete;
      expect(message(el)).to.equal('');
      expect(input(el).value).to.equal('300');
      expect(el.weightKg).to.be.closeTo(300 * LB_TO_KG, 1e-9);
      expect(el.range).to.include({ minMg: 68, maxMg: 270 });
    });
  });

  describe('units', () => {
    it('switches kg ↔ lb without drift, from one canonical kilogram value', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      for (let i = 0; i < 6; i++) {
        radio(el, 'lb').click();
        await el.updateComplete;
        expect(input(el).value).to.equal('154.3');
        expect(sentence(el)).to.contain('For 154.3 lb (70 kg)').and.contain('35 to 140 mg');
        expect(el.weightKg).to.equal(70);
        radio(el, 'kg').click();
        await el.updateComplete;
        expect(input(el).value).to.equal('70');
        expect(el.weightKg).to.equal(70);
      }
      expect(el.range).to.include({ minMg: 35, maxMg: 140 });
    });

    it('is a keyboard-operable radio group with a name', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const changes = countChanges(el);
      const group = part(el, 'unit-switch')!;
      expect(group.localName).to.equal('fieldset');
      expect(textOf(group.querySelector('legend'))).to.equal('Unit');
      radio(el, 'kg').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(radio(el, 'lb').checked).to.equal(true);
      expect(shadow(el).activeElement).to.equal(radio(el, 'lb'));
      expect(el.unit).to.equal('lb');
      expect(input(el).value).to.equal('154.3');
      expect(changes.count).to.equal(1);
    });

    it('gives every control a target of at least 24 by 24 px', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      for (const target of [input(el), ...shadow(el).querySelectorAll('[part="unit"]')]) {
        const box = target.getBoundingClientRect();
        expect(box.width, target.localName).to.be.at.least(24);
        expect(box.height, target.localName).to.be.at.least(24);
      }
    });
  });

  describe('the change event', () => {
    it('fires once, bubbling and composed, when the reader commits a new weight', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      const changes = countChanges(el);
      const first = oneEvent(el, 'change');
      await typeWeight(el, '80');
      const event = await first;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(el);
      expect(el.weightKg, 'the new weight is readable in the handler').to.equal(80);
      // Leaving the field after Enter is not a second change.
      input(el).blur();
      await el.updateComplete;
      expect(changes.count).to.equal(1);
    });

    it('does not fire while the reader types, nor for a commit of the same text', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const changes = countChanges(el);
      await typeWeight(el, '8', 'none');
      await sendKeys({ type: '0' });
      expect(changes.count).to.equal(0);
      await sendKeys({ press: 'Enter' });
      expect(changes.count).to.equal(1);
      await sendKeys({ press: 'Enter' });
      expect(changes.count).to.equal(1);
      await typeWeight(el, '80');
      expect(changes.count).to.equal(1);
    });

    it('fires when the reader switches the unit, once per switch', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const changes = countChanges(el);
      radio(el, 'lb').click();
      await el.updateComplete;
      radio(el, 'lb').click(); // already chosen
      await el.updateComplete;
      radio(el, 'kg').click();
      await el.updateComplete;
      expect(changes.count).to.equal(2);
    });

    it('does not fire when the page sets weight or unit', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const changes = countChanges(el);
      el.weight = '80';
      await el.updateComplete;
      el.setAttribute('unit', 'lb');
      await el.updateComplete;
      el.setAttribute('weight', 'abc');
      await el.updateComplete;
      el.unit = 'kg';
      await el.updateComplete;
      expect(changes.count).to.equal(0);
    });

    it('exposes weightKg and range as read-only', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      expect(() => ((el as unknown as { weightKg: number }).weightKg = 5)).to.throw(TypeError);
      expect(() => ((el as unknown as { range: undefined }).range = undefined)).to.throw(TypeError);
      expect(el.weightKg).to.equal(70);
    });
  });

  describe('the bar', () => {
    it('places the segment at 35 and 140 mg on a 0 to 150 mg track, with labelled ends', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const bar = part(el, 'bar')!;
      expect(bar.getAttribute('aria-hidden'), 'the sentence is its text equivalent').to.equal('true');
      expect(textOf(bar)).to.contain('Low start: 35 mg').and.contain('Upper end: 140 mg').and.contain('0 mg').and.contain('150 mg');
      const track = part(el, 'track')!.getBoundingClientRect();
      const segment = part(el, 'segment')!.getBoundingClientRect();
      const inner = track.width - 2; // 1px border each side
      expect((segment.left - track.left - 1) / inner).to.be.closeTo(35 / 150, 0.01);
      expect((segment.right - track.left - 1) / inner).to.be.closeTo(140 / 150, 0.01);
    });

    it('matches the numbers for any weight and a clinic range, and moves with them', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="123.4"></dose-range>`);
      for (const weight of ['123.4', '41', '149', '95 lb']) {
        el.weight = weight;
        await el.updateComplete;
        // The segment glides to its new place; check where it comes to rest.
        part(el, 'segment')!
          .getAnimations()
          .forEach((a) => a.finish());
        const { minMg, maxMg } = el.range!;
        const { scaleMaxMg, startPercent, endPercent } = barGeometry({ minMg, maxMg }, showableMaxMg(en.dose));
        expect(scaleMaxMg, 'the scale never passes the largest total shown').to.be.at.most(300);
        const segment = part(el, 'segment')!;
        expect(segment.style.getPropertyValue('--_kw-dose-range-start')).to.equal(`${startPercent.toFixed(4)}%`);
        expect(segment.style.getPropertyValue('--_kw-dose-range-end')).to.equal(`${endPercent.toFixed(4)}%`);
        const track = part(el, 'track')!.getBoundingClientRect();
        const box = segment.getBoundingClientRect();
        const inner = track.width - 2;
        expect((box.left - track.left - 1) / inner, `${weight} start`).to.be.closeTo(minMg / scaleMaxMg, 0.01);
        expect((box.right - track.left - 1) / inner, `${weight} end`).to.be.closeTo(maxMg / scaleMaxMg, 0.01);
        expect(textOf(part(el, 'bar'))).to.contain(`${maxMg.toLocaleString('en')} mg`);
      }
    });

    it('keeps its end labels inside the track at 320 px', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await fixture<DoseRange>(html`<dose-range weight="149"></dose-range>`);
        const track = part(el, 'track')!.getBoundingClientRect();
        for (const label of shadow(el).querySelectorAll('.bar-label')) {
          const box = label.getBoundingClientRect();
          expect(box.left).to.be.at.least(track.left - 1);
          expect(box.right).to.be.at.most(track.right + 1);
        }
        const overflowing = [...shadow(el).querySelectorAll('*')].filter(
          (n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX === 'visible' && n.clientWidth > 0,
        );
        expect(overflowing.map((n) => n.className || n.localName)).to.deep.equal([]);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('limits: for adults, within bounds, under a cap', () => {
    it('says it is for adults and within which weights, with its source', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      const limits = part(el, 'limits')!;
      expect(textOf(limits)).to.contain('For adults only. This page shows totals for weights from 40 kg to 150 kg (88.2 lb to 330.6 lb).');
      expect(textOf(limits.querySelector('[part="citation"]'))).to.contain("This page's own rule, not a medical limit");
      expect(textOf(part(el, 'heading'))).to.match(/adult/);
    });

    for (const weight of ['25', '300']) {
      it(`computes no total for ${weight} kg, and says who sets the dose`, async () => {
        const el = await fixture<DoseRange>(html`<dose-range weight=${weight}></dose-range>`);
        expectNoDose(el, /Your care team works out the dose for each person\./);
      });
    }

    it('keeps the bundled range for a clinic dose figure the arithmetic cannot carry (1e307 mg/kg), names the field, throws nothing', async () => {
      const error = stub(console, 'error');
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const failed = oneEvent(document, 'kw-error');
        const el = await fixture<DoseRange>(
          html`<dose-range weight="70"
            ><script type="application/json">
              { "dose": { "mgPerKgMax": 1e307 } }
            </script></dose-range
          >`,
        );
        const event = (await failed) as unknown as { field: string };
        await el.updateComplete;
        expect(event.field).to.equal('dose.mgPerKgMax');
        expect(el.range).to.deep.include({ minMg: 35, maxMg: 140, mgPerKgMax: en.dose.mgPerKgMax });
        expect(String(error.firstCall.args[0])).to.contain('dose.mgPerKgMax');
        expect(uncaught).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
        error.restore();
      }
    });

    it('shows no total above a clinic’s cap, says why, and ends the bar’s scale at the cap', async () => {
      const el = await withClinic(
        html`<dose-range weight="70"
          ><script type="application/json">
            { "dose": { "maxTotalMg": 150 } }
          </script></dose-range
        >`,
      );
      expect(textOf(part(el, 'limits'))).to.contain('up to 150 mg in all');
      // 70 kg: 35 to 140 mg, under the cap. The track ends at the cap, not past it.
      expect(el.range).to.include({ minMg: 35, maxMg: 140 });
      expect(textOf(part(el, 'bar'))).to.contain('150 mg');
      await typeWeight(el, '80');
      // 80 kg: up to 160 mg, over the cap. No figure, a reason, and no error on the field.
      expect(el.range).to.equal(undefined);
      expect(el.weightKg).to.equal(80);
      expect(sentence(el)).to.equal(
        'For 80 kg, the upper end would be more than 150 mg, the most this page shows. Your care team works out the dose for each person.',
      );
      expect(part(el, 'bar')).to.equal(null);
      expect(message(el)).to.equal('');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('never draws the scale past the largest total it can show', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="150"></dose-range>`);
      expect(el.range).to.include({ maxMg: 300 });
      const labels = [...part(el, 'bar')!.querySelectorAll('.scale span')].map(textOf);
      expect(labels).to.deep.equal(['0 mg', '300 mg']);
    });
  });

  describe('cssVars (CSP-safe positions)', () => {
    it('sets custom properties through the CSSOM and removes the ones no longer given', () => {
      const host = document.createElement('div');
      const draw = (vars: Record<`--${string}`, string>) => render(html`<p ${cssVars(vars)}></p>`, host);
      draw({ '--a': '10%', '--b': '20%' });
      const p = host.querySelector('p')!;
      expect(p.style.getPropertyValue('--a')).to.equal('10%');
      expect(p.style.getPropertyValue('--b')).to.equal('20%');
      draw({ '--a': '30%' });
      expect(p.style.getPropertyValue('--a')).to.equal('30%');
      expect(p.style.getPropertyValue('--b')).to.equal('');
    });

    it('refuses to be used anywhere but as an element binding', () => {
      const host = document.createElement('div');
      expect(() => render(html`<p>${cssVars({ '--a': '1' })}</p>`, host)).to.throw(/element binding/);
    });
  });

  describe('on a page with a strict Content-Security-Policy', () => {
    it('places the bar with no CSP violation (no inline style attribute)', async () => {
      // The page's own origin, spelled out: 'self' in a srcdoc document is not this origin in every browser.
      const self = location.origin;
      const { win, doc } = await openFrame({
        title: 'strict CSP page',
        srcdoc: `<!doctype html><html lang="en"><head>
        <meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self}; object-src 'none'">
        <script type="module" src="${self}/src/ketamine-widgets.ts"></script></head><body></body></html>`,
      });
      try {
        await win.customElements.whenDefined('dose-range');
        const violations: string[] = [];
        doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
        const el = doc.createElement('dose-range') as DoseRange;
        el.setAttribute('weight', '70');
        doc.body.append(el);
        await el.updateComplete;
        await new Promise((resolve) => win.requestAnimationFrame(resolve));
        // A violation event is queued as a task: give it one before concluding there was none.
        await new Promise((resolve) => win.setTimeout(resolve, 0));
        expect(violations).to.deep.equal([]);
        const track = part(el, 'track')!.getBoundingClientRect();
        const segment = part(el, 'segment')!.getBoundingClientRect();
        expect((segment.left - track.left - 1) / (track.width - 2)).to.be.closeTo(35 / 150, 0.01);
      } finally {
        closeFrames();
      }
    });
  });

  describe('theming', () => {
    it('colours the segment and track from custom properties', async () => {
      const el = await fixture<DoseRange>(
        html`<dose-range weight="70" style="--kw-dose-range-bar-color: rgb(1, 2, 3); --kw-dose-range-track-color: rgb(4, 5, 6)"></dose-range>`,
      );
      expect(getComputedStyle(part(el, 'segment')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'track')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    it('uses the dark tokens with color-scheme="dark"', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70" color-scheme="dark"></dose-range>`);
      expect(getComputedStyle(part(el, 'segment')!).backgroundColor).to.equal('rgb(140, 196, 255)');
      expect(getComputedStyle(part(el, 'track')!).backgroundColor).to.equal('rgb(33, 38, 45)');
      expect(getComputedStyle(part(el, 'sentence')!).color).to.equal('rgb(230, 237, 243)');
    });

    it('exposes the documented parts', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      for (const name of [
        'heading',
        'intro',
        'citation',
        'field',
        'label',
        'hint',
        'input',
        'unit-switch',
        'unit',
        'message',
        'result',
        'sentence',
        'bar',
        'track',
        'segment',
        'notice',
        'context',
        'context-heading',
        'footer',
        'disclaimer',
        'reviewed',
      ]) {
        expect(part(el, name), name).not.to.equal(null);
      }
    });

    it('keeps the segment and checked unit in system colours in forced-colours mode', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      // The test browsers cannot switch forced colours on, so apply the element's own
      // forced-colours rules unconditionally and check they reach the right nodes.
      applyMediaRules(el, /forced-colors:\s*active/);
      const probe = document.createElement('div');
      probe.style.background = 'Highlight';
      probe.style.color = 'HighlightText';
      document.body.append(probe);
      try {
        const highlight = getComputedStyle(probe).backgroundColor;
        const segment = getComputedStyle(part(el, 'segment')!);
        expect(segment.backgroundColor).to.equal(highlight);
        expect(segment.getPropertyValue('forced-color-adjust')).to.equal('none');
        const checked = getComputedStyle(radio(el, 'kg').closest('label')!);
        expect(checked.backgroundColor).to.equal(highlight);
        expect(checked.color).to.equal(getComputedStyle(probe).color);
      } finally {
        probe.remove();
      }
    });

    it('does not animate the bar when the reader asks for reduced motion', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      expect(getComputedStyle(part(el, 'segment')!).transitionDuration).to.match(/0\.2s/);
      // Firefox under the test runner cannot emulate the media feature: apply its rules instead.
      applyMediaRules(el, /prefers-reduced-motion:\s*reduce/);
      const durations = getComputedStyle(part(el, 'segment')!)
        .transitionDuration.split(',')
        .map((d) => parseFloat(d));
      expect(Math.max(...durations)).to.be.below(0.001);
    });
  });

  describe('content and structure', () => {
    it('labels the field and describes it with the hint and the message', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      const field = input(el);
      expect(field.type).to.equal('text');
      expect(field.inputMode).to.equal('decimal');
      expect(field.enterKeyHint, 'phones show a Done key that commits').to.equal('done');
      expect(textOf(shadow(el).querySelector(`label[for="${field.id}"]`))).to.equal('Body weight');
      const described = field
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => shadow(el).getElementById(id));
      expect(described.map((n) => n?.getAttribute('part'))).to.deep.equal(['hint', 'message']);
      expect(part(el, 'message')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'sentence')!.getAttribute('role')).to.equal('status');
    });

    it('gives the context: not a prescription, the dataset’s notes with sources, the footer', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      expect(textOf(part(el, 'notice'))).to.equal('This is not a prescription. Your care team decides your dose.');
      expect(textOf(part(el, 'intro')))
        .to.contain(`given by ${en.dose.route}`)
        .and.contain('0.5 to 2 mg for each kg')
        .and.contain('over 1 hour');
      const notes = [...shadow(el).querySelectorAll('.notes > li')];
      expect(notes).to.have.length(en.dose.notes.length);
      en.dose.notes.forEach((note, i) => {
        expect(textOf(notes[i]!)).to.contain(note.text);
        expect(notes[i]!.querySelector('[part="citation"]'), `note ${i} cites`).not.to.equal(null);
      });
      expect(textOf(part(el, 'footer'))).to.contain(en.meta.disclaimer);
    });

    it('renders an h2 and an h3 by default, an h4 and an h5 for heading-level="4"', async () => {
      const two = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      expect(textOf(shadow(two).querySelector('h2'))).to.equal('Typical adult dose range by weight');
      expect(textOf(shadow(two).querySelector('h3'))).to.equal('Good to know');
      const four = await fixture<DoseRange>(html`<dose-range heading-level="4"></dose-range>`);
      expect(textOf(shadow(four).querySelector('h4'))).to.equal('Typical adult dose range by weight');
      expect(shadow(four).querySelector('h5')).not.to.equal(null);
      expect(shadow(four).querySelector('h2')).to.equal(null);
    });

    it('warns once and renders an h2 for heading-level="9"', async () => {
      const el = await fixture<DoseRange>(html`<dose-range heading-level="9"></dose-range>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')).not.to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('heading-level');
    });
  });

  describe('strings', () => {
    it('has every string in Spanish, with the same placeholders as the English', () => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, english] of Object.entries(doseStrings.en)) {
        const spanish = doseEs[key as keyof typeof doseStrings.en];
        expect(spanish, key).to.be.a('string').and.not.equal('');
        expect(placeholders(spanish!), key).to.deep.equal(placeholders(english));
      }
    });
  });

  describe('in Spanish', () => {
    /** A Spanish element once its content (a separate chunk) has loaded. */
    async function spanish(weight?: string, lang = 'es'): Promise<DoseRange> {
      const el = await fixture<DoseRange>(html`<dose-range lang=${lang} weight=${weight ?? ''}></dose-range>`);
      await waitUntil(() => textOf(part(el, 'disclaimer')).includes(es.meta.disclaimer), 'Spanish content loaded', LOADS);
      await el.updateComplete;
      return el;
    }

    it('shows the range, the context and the notes in Spanish', async () => {
      const el = await spanish('70');
      expect(textOf(part(el, 'heading'))).to.equal('Rango habitual de dosis para adultos según el peso');
      expect(sentence(el)).to.equal('Para 70 kg, el rango habitual es de 35 a 140 mg durante 1 hora (0.5 a 2 mg por kg).');
      expect(textOf(part(el, 'intro')))
        .to.contain(`se suele dar por ${es.dose.route}`)
        .and.contain('de 0.5 a 2 mg por cada kg');
      expect(textOf(part(el, 'limits')))
        .to.contain('Solo para adultos')
        .and.contain('de 40 kg a 150 kg');
      expect(textOf(part(el, 'notice'))).to.equal('Esto no es una receta. Su equipo médico decide su dosis.');
      expect(textOf(part(el, 'label'))).to.equal('Peso corporal');
      const notes = [...shadow(el).querySelectorAll('.notes > li')].map(textOf);
      es.dose.notes.forEach((note, i) => expect(notes[i]).to.contain(note.text));
      expect(textOf(part(el, 'bar')))
        .to.contain('Inicio bajo: 35 mg')
        .and.contain('Límite alto: 140 mg');
    });

    for (const lang of ['es', 'es-US', 'es-MX']) {
      it(`writes numbers as US Spanish does (0.5, 70.5) for lang="${lang}", reads a comma too`, async () => {
        const el = await spanish(undefined, lang);
        await typeWeight(el, '70,5');
        expect(sentence(el)).to.equal('Para 70.5 kg, el rango habitual es de unos 35 a 140 mg durante 1 hora (0.5 a 2 mg por kg).');
        radio(el, 'lb').click();
        await el.updateComplete;
        expect(input(el).value).to.equal('155.4');
        expect(sentence(el)).to.contain('Para 155.4 lb (70.5 kg)');
        radio(el, 'kg').click();
        await el.updateComplete;
        expect(input(el).value).to.equal('70.5');
        expect(el.weightKg).to.equal(70.5);
      });
    }

    it('writes a decimal comma for lang="es-ES"', async () => {
      const el = await spanish('70.5', 'es-ES');
      expect(sentence(el)).to.equal('Para 70,5 kg, el rango habitual es de unos 35 a 140 mg durante 1 hora (0,5 a 2 mg por kg).');
      expect(textOf(part(el, 'intro'))).to.contain('de 0,5 a 2 mg por cada kg');
      radio(el, 'lb').click();
      await el.updateComplete;
      expect(input(el).value).to.equal('155,4');
    });

    it('explains a bad weight in Spanish, and who sets the dose', async () => {
      const el = await spanish();
      await pasteWeight(el, 'setenta');
      expectNoDose(el, /^Escriba el peso solo con números, por ejemplo 70 o 70\.5\.$/);
      await pasteWeight(el, '300');
      expectNoDose(
        el,
        /^Es más de 150 kg\. Esta página muestra totales solo para adultos de 40 kg a 150 kg\. Su equipo médico calcula la dosis de cada persona\. Si quiso decir libras, elija lb\.$/,
      );
    });

    it('shows a clinic’s sign-off in Spanish, with a Spanish date', async () => {
      const el = await withClinic(
        html`<dose-range lang="es"
          ><script type="application/json">
            { "clinic": { "name": "Clínica Norte", "signOff": { "name": "Dra. Ana Ruiz", "credentials": "médica, especialista en dolor", "date": "2026-11-30" } } }
          </script></dose-range
        >`,
      );
      await waitUntil(() => textOf(part(el, 'sign-off')) !== '', 'sign-off shown', LOADS);
      expect(textOf(part(el, 'sign-off'))).to.equal(
        'Revisado para Clínica Norte por Dra. Ana Ruiz, médica, especialista en dolor, el 30 de noviembre de 2026.',
      );
      expect(textOf(part(el, 'reviewed'))).to.contain('Próxima revisión: 3 de junio de 2027.');
    });

    it('is accessible in Spanish, with a range and with a message', async () => {
      const el = await spanish('70');
      await expect(el).to.be.accessible();
      await pasteWeight(el, '-5');
      expect(message(el)).to.equal('El peso no puede ser menor que cero. Escriba un número, como 70.');
      await expect(el).to.be.accessible();
    });
  });

  describe('a clinic dataset', () => {
    it('changes the per-kg range (inline JSON)', async () => {
      const el = await withClinic(
        html`<dose-range weight="70"
          ><script type="application/json">
            { "dose": { "mgPerKgMin": 0.3, "mgPerKgMax": 1 } }
          </script></dose-range
        >`,
      );
      expect(el.range).to.deep.include({ minMg: 21, maxMg: 70, mgPerKgMin: 0.3, mgPerKgMax: 1 });
      expect(sentence(el)).to.equal('For 70 kg, the typical range is 21 to 70 mg over 1 hour (0.3 to 1 mg per kg).');
      expect(textOf(part(el, 'intro'))).to.contain('0.3 to 1 mg for each kg');
    });

    it('changes the duration and the weight bounds', async () => {
      const el = await withClinic(
        html`<dose-range weight="25"
          ><script type="application/json">
            { "dose": { "durationMinutes": 90, "weightKgMin": 20, "weightKgMax": 150 } }
          </script></dose-range
        >`,
      );
      // 25 kg is below the bundled 40 kg bound, but within the clinic's: no message, no warning.
      expect(message(el)).to.equal('');
      expect(warn.called).to.equal(false);
      expect(sentence(el)).to.equal('For 25 kg, the typical range is about 13 to 50 mg over 1 hour and 30 minutes (0.5 to 2 mg per kg).');
      await pasteWeight(el, '151');
      expectNoDose(el, /more than 150 kg\. This page shows totals only for adults from 20 kg to 150 kg\./);
      await pasteWeight(el, '19');
      expectNoDose(el, /less than 20 kg/);
    });

    it('warns about a preset outside the bounds only once the clinic dataset has settled', async () => {
      const el = await withClinic(
        html`<dose-range weight="25"
          ><script type="application/json">
            { "dose": { "weightKgMin": 28 } }
          </script></dose-range
        >`,
      );
      expectNoDose(el, /less than 28 kg/);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('weight="25"').and.contain('dose.weightKgMin (28 kg)');
    });

    it('applies a dataset from src', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="80" src="/fixtures/clinic-good"></dose-range>`);
      await waitUntil(() => el.range?.minMg === 20, 'clinic range applied', LOADS);
      expect(el.range).to.include({ minMg: 20, maxMg: 80 });
      expect(textOf(part(el, 'clinic'))).to.contain('Riverside Pain Clinic');
    });
  });

  describe('accessibility', () => {
    it('is accessible empty', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a range', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="154" unit="lb"></dose-range>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a message', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      await pasteWeight(el, '300');
      expect(message(el)).not.to.equal('');
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark mode', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70" color-scheme="dark"></dose-range>`);
      await expect(el).to.be.accessible();
    });
  });
});
