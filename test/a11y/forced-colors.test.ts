/**
 * Forced colours (Windows High Contrast), really switched on: Chromium through CDP
 * Emulation.setEmulatedMedia, Firefox through its `browser.display.document_color_use` preference
 * (the "Firefox (forced colours, reduced motion)" launcher). Each state a reader needs must stay
 * visible in system colours; the computed styles say so element by element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ketamine-widgets.js';
import type { DoseRange, KetamineFacts, RiskChecklist } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import bundled from '../../src/data/ketamine.en.json';
import { $, $$, frames, requireMedia, setMedia, systemColor } from './helpers.js';

const en = bundled as unknown as Dataset;
const items = en.checklist.groups.flatMap((g) => g.items);
const withCorrection = en.sections.find((s) => s.blocks.some((b) => b.kind === 'finding' && b.correction));

const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);
const px = (value: string) => parseFloat(value) || 0;
const TRANSPARENT = ['transparent', 'rgba(0, 0, 0, 0)'];

/** An outline a reader sees: drawn, at least 2 px, in a system colour that is not the background. */
function expectRing(node: Element, canvas: string, what: string): void {
  const s = style(node);
  expect(s.outlineStyle, `${what}: outline style`).not.to.equal('none');
  expect(px(s.outlineWidth), `${what}: outline width`).to.be.at.least(2);
  expect(s.outlineColor, `${what}: outline colour`).to.be.oneOf([systemColor('Highlight'), systemColor('CanvasText')]);
  expect(s.outlineColor, `${what}: outline colour against Canvas`).not.to.equal(canvas);
}

describe('forced colours (a11y)', function () {
  let canvas: string;
  let canvasText: string;
  let highlight: string;
  let highlightText: string;

  before(async function () {
    await requireMedia(this, { forcedColors: 'active' }, '(forced-colors: active)');
    canvas = systemColor('Canvas');
    canvasText = systemColor('CanvasText');
    highlight = systemColor('Highlight');
    highlightText = systemColor('HighlightText', 'color');
    expect(highlight, 'Highlight differs from Canvas').not.to.equal(canvas);
  });

  after(async () => {
    await setMedia({ forcedColors: '' });
  });

  describe('<dose-range>', () => {
    it('keeps the range segment in Highlight, distinct from its track', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const segment = style($(el, '[part~="segment"]'));
      const track = style($(el, '[part~="track"]'));
      expect(segment.backgroundColor).to.equal(highlight);
      expect(segment.backgroundColor).not.to.equal(track.backgroundColor);
      expect(track.backgroundColor).to.be.oneOf([canvas, ...TRANSPARENT]);
      // The track's own edge stays, so an empty stretch of it is still seen as the scale.
      expect(track.borderTopStyle).not.to.equal('none');
      expect(track.borderTopColor).to.equal(canvasText);
    });

    it('shows the selected unit in Highlight and the other one on Canvas', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const [kg, lb] = $$(el, '[part~="unit"]');
      expect(kg!.querySelector('input')!.checked).to.equal(true);
      expect(style(kg!).backgroundColor).to.equal(highlight);
      expect(style(kg!).color).to.equal(highlightText);
      expect(style(lb!).backgroundColor).to.be.oneOf([canvas, ...TRANSPARENT]);
      expect(style(lb!).borderTopColor).to.equal(canvasText);
    });

    it('draws a focus ring around the field and around the unit switch', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const field = $<HTMLInputElement>(el, '[part~="input"]');
      field.focus({ focusVisible: true } as FocusOptions);
      expect(field.matches(':focus-visible')).to.equal(true);
      expectRing(field, canvas, 'weight field');
      const radio = $<HTMLInputElement>(el, 'input[type="radio"]:checked');
      radio.focus({ focusVisible: true } as FocusOptions);
      await frames();
      expect(radio.matches(':focus-visible'), 'radio focus-visible').to.equal(true);
      expectRing(radio.closest('[part~="unit"]')!, canvas, 'unit switch');
    });

    it('marks an unusable weight by more than colour: a thicker, double edge', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="abc"></dose-range>`);
      const field = style($(el, '[part~="input"]'));
      expect(field.borderTopStyle).to.equal('double');
      expect(px(field.borderTopWidth)).to.be.at.least(3);
    });
  });

  describe('<risk-checklist>', () => {
    it('shows a ticked row by a Highlight edge thicker than an unticked row’s', async () => {
      const el = await fixture<RiskChecklist>(html`<risk-checklist></risk-checklist>`);
      $<HTMLInputElement>(el, `#item-${items[0]!.id}`).click();
      await el.updateComplete;
      const ticked = style($(el, '.item.checked'));
      const plain = style($(el, `#item-${items[1]!.id}`).closest('.item')!);
      expect(ticked.borderTopColor).to.equal(highlight);
      expect(px(ticked.borderTopWidth)).to.be.greaterThan(px(plain.borderTopWidth));
      expect(plain.borderTopColor).to.equal(canvasText);
    });

    it('draws a focus ring around the row of a focused checkbox, and around the buttons', async () => {
      const el = await fixture<RiskChecklist>(html`<risk-checklist></risk-checklist>`);
      const box = $<HTMLInputElement>(el, `#item-${items[0]!.id}`);
      box.focus({ focusVisible: true } as FocusOptions);
      await frames();
      expect(box.matches(':focus-visible')).to.equal(true);
      expectRing(box.closest('.item')!, canvas, 'checklist row');
      const print = $<HTMLButtonElement>(el, '[part~="print-button"]');
      print.focus({ focusVisible: true } as FocusOptions);
      await frames();
      expectRing(print, canvas, 'print button');
      expect(style(print).borderTopColor, 'button edge').to.equal(systemColor('ButtonText'));
    });
  });

  describe('<ketamine-facts>', () => {
    it('draws the disclosure markers in CanvasText, and turns them when a topic opens', async () => {
      const el = await fixture<KetamineFacts>(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const markers = $$(el, '[part~="marker"]');
      expect(markers.length).to.equal(en.sections.length + 1);
      for (const marker of markers) {
        const s = style(marker);
        expect(s.display).not.to.equal('none');
        expect(s.borderRightStyle).to.equal('solid');
        expect(px(s.borderRightWidth)).to.be.at.least(1.5);
        expect(s.borderRightColor).to.equal(canvasText);
        expect(s.borderBottomColor).to.equal(canvasText);
      }
      const closed = style(markers[0]!).transform;
      const details = $<HTMLDetailsElement>(el, 'details');
      details.open = true;
      await frames();
      // The turn may be a transition (none with reduced motion): read where it ends.
      markers[0]!.getAnimations().forEach((a) => a.finish());
      expect(style(markers[0]!).transform, 'an open marker points another way').not.to.equal(closed);
    });

    it('draws a focus ring around a focused topic row', async () => {
      const el = await fixture<KetamineFacts>(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const summary = $<HTMLElement>(el, 'summary');
      summary.focus({ focusVisible: true } as FocusOptions);
      await frames();
      expectRing(summary, canvas, 'disclosure');
    });

    it('keeps the correction note’s edge in CanvasText', async function () {
      if (!withCorrection) this.skip();
      const el = await fixture<KetamineFacts>(html`<ketamine-facts sections=${withCorrection!.id}></ketamine-facts>`);
      const note = style($(el, '[part~="correction"]'));
      expect(note.borderInlineStartStyle).to.equal('solid');
      expect(px(note.borderInlineStartWidth)).to.be.at.least(2);
      expect(note.borderInlineStartColor).to.equal(canvasText);
      // The finding around it keeps its edge too.
      const finding = style($(el, '[part~="finding"]'));
      expect(finding.borderTopColor).to.equal(canvasText);
    });

    it('draws a focus ring around a focused citation link', async () => {
      const el = await fixture<KetamineFacts>(html`<ketamine-facts></ketamine-facts>`);
      const link = $$<HTMLAnchorElement>(el, '[part~="citation"] a[href]')[0]!;
      link.scrollIntoView();
      link.focus({ focusVisible: true } as FocusOptions);
      await frames();
      expectRing(link, canvas, 'link');
    });
  });
});
