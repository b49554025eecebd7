/**
 * What is announced, and how often: the dose result and the message about an unusable weight are
 * polite live regions (role="status") present before their text arrives, silent while the reader
 * types, and updated once per commit; the checklist's count is announced the same way. Runs in
 * both browsers (the roles and timing are DOM facts; ax-tree.test.ts checks Chromium's tree).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ketamine-widgets.js';
import type { DoseRange, RiskChecklist } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import bundled from '../../src/data/ketamine.en.json';
import { checklistStrings } from '../../src/components/risk-checklist/risk-checklist.strings.js';
import { format } from '../../src/internal/localize.js';
import { $, frames, text } from './helpers.js';

const en = bundled as unknown as Dataset;
const items = en.checklist.groups.flatMap((g) => g.items);

/** A polite live region: role status, not made assertive or silent, and rendered (in the tree). */
function expectPoliteRegion(region: Element, what: string): void {
  expect(region.getAttribute('role'), `${what}: role`).to.equal('status');
  expect(region.getAttribute('aria-live') ?? 'polite', `${what}: aria-live`).to.equal('polite');
  expect(region.closest('[aria-hidden="true"]'), `${what}: not hidden from screen readers`).to.equal(null);
  expect(getComputedStyle(region).display, `${what}: display`).not.to.equal('none');
  expect(getComputedStyle(region).visibility, `${what}: visibility`).to.equal('visible');
}

/** Records each distinct text a region shows, as a screen reader would be told it. */
function record(region: Element): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  let last = text(region);
  const observer = new MutationObserver(() => {
    const now = text(region);
    if (now !== last) texts.push((last = now));
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

async function settle(el: DoseRange | RiskChecklist): Promise<void> {
  await el.updateComplete;
  await frames();
}

describe('announcements (a11y)', () => {
  describe('<dose-range>', () => {
    it('announces the result once per commit, nothing while typing', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      const sentence = $(el, '[part~="sentence"]');
      const message = $(el, '[part~="message"]');
      expectPoliteRegion(sentence, 'result (empty)');
      expectPoliteRegion(message, 'message (empty)');
      const result = record(sentence);
      const problem = record(message);
      $<HTMLInputElement>(el, '[part~="input"]').focus();
      await sendKeys({ type: '82' });
      await settle(el);
      expect(result.texts, 'silent while typing').to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(result.texts).to.have.length(1);
      expect(result.texts[0]).to.match(/82/);
      // Leaving the field after Enter commits the same text: nothing new to say.
      $<HTMLInputElement>(el, '[part~="input"]').blur();
      await settle(el);
      expect(result.texts).to.have.length(1);
      expect(problem.texts, 'no message for a usable weight').to.deep.equal([]);
      result.stop();
      problem.stop();
    });

    it('announces the message once per commit, and the result goes quiet', async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
      const sentence = $(el, '[part~="sentence"]');
      const message = $(el, '[part~="message"]');
      const result = record(sentence);
      const problem = record(message);
      const field = $<HTMLInputElement>(el, '[part~="input"]');
      field.focus();
      field.select();
      await sendKeys({ type: '7x' });
      await settle(el);
      expect(problem.texts, 'silent while typing').to.deep.equal([]);
      expect(result.texts, 'the old result stays until the commit').to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(problem.texts).to.have.length(1);
      expect(problem.texts[0]).not.to.equal('');
      expect(result.texts).to.deep.equal(['']);
      expectPoliteRegion(sentence, 'result (emptied)');
      expectPoliteRegion(message, 'message');
      // A second commit of the same text says nothing again.
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(problem.texts).to.have.length(1);
      result.stop();
      problem.stop();
    });

    it('announces a weight outside the bounds once, with the bounds', async () => {
      const el = await fixture<DoseRange>(html`<dose-range></dose-range>`);
      const problem = record($(el, '[part~="message"]'));
      $<HTMLInputElement>(el, '[part~="input"]').focus();
      await sendKeys({ type: String(Math.ceil(en.dose.weightKgMax * 3)) });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(problem.texts).to.have.length(1);
      expect(problem.texts[0]).to.contain(String(en.dose.weightKgMax));
      problem.stop();
    });
  });

  describe('<risk-checklist>', () => {
    it('announces the count once per tick, in the reader’s words', async () => {
      const el = await fixture<RiskChecklist>(html`<risk-checklist></risk-checklist>`);
      const count = $(el, '[part~="count"]');
      expectPoliteRegion(count, 'count');
      expect(text(count)).to.equal(checklistStrings.en.countNone);
      const said = record(count);
      $<HTMLInputElement>(el, `#item-${items[0]!.id}`).click();
      await settle(el);
      $<HTMLInputElement>(el, `#item-${items[1]!.id}`).click();
      await settle(el);
      expect(said.texts).to.deep.equal([format(checklistStrings.en.countOne, { n: 1 }), format(checklistStrings.en.countOther, { n: 2 })]);
      said.stop();
    });

    it('announces the copy result in a polite region', async () => {
      const el = await fixture<RiskChecklist>(html`<risk-checklist></risk-checklist>`);
      expectPoliteRegion($(el, '[part~="copy-status"]'), 'copy status');
    });
  });
});
