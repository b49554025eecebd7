/**
 * The elements in the states the layout tests walk through (text spacing, zoom, targets): every
 * control a reader can meet is on screen in at least one of them.
 */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { stub } from 'sinon';
import '../../src/ketamine-widgets.js';
import type { DoseRange, KetamineFacts, RiskChecklist } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import bundled from '../../src/data/ketamine.en.json';
import { $, $$ } from './helpers.js';

const en = bundled as unknown as Dataset;
const items = en.checklist.groups.flatMap((g) => g.items);

export interface State {
  name: string;
  render: () => Promise<HTMLElement>;
}

async function checklistWithFallback(): Promise<RiskChecklist> {
  const el = await fixture<RiskChecklist>(html`<risk-checklist></risk-checklist>`);
  for (const item of items.slice(0, 3)) $<HTMLInputElement>(el, `#item-${item.id}`).click();
  await el.updateComplete;
  const refuse = navigator.clipboard ? stub(navigator.clipboard, 'writeText').rejects(new Error('refused')) : undefined;
  try {
    $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
    await waitUntil(() => $$(el, '[part~="copy-text"]').length === 1, 'the copy fallback shows', { timeout: 5000 });
  } finally {
    refuse?.restore();
  }
  return el;
}

export const STATES: State[] = [
  { name: 'facts, full', render: () => fixture<KetamineFacts>(html`<ketamine-facts></ketamine-facts>`) },
  {
    name: 'facts, compact, all open',
    render: async () => {
      const el = await fixture<KetamineFacts>(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      $<HTMLButtonElement>(el, '[part~="toggle-all"]').click();
      $$<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'facts, with a clinic link',
    render: async () => {
      const el = document.createElement('ketamine-facts') as KetamineFacts;
      el.setAttribute('src', '/fixtures/facts-clinic');
      el.setAttribute('sections', 'our-clinic research');
      const loaded = oneEvent(el, 'kw-load');
      await fixture(el);
      await loaded;
      await el.updateComplete;
      if (!$$(el, '[part~="clinic"] a').length) throw new Error('no clinic link');
      return el;
    },
  },
  { name: 'dose, a result', render: () => fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`) },
  {
    name: 'dose, a message',
    render: async () => {
      const el = await fixture<DoseRange>(html`<dose-range weight=${String(Math.ceil(en.dose.weightKgMax * 3))}></dose-range>`);
      await el.updateComplete;
      return el;
    },
  },
  { name: 'checklist, ticked with the copy fallback', render: checklistWithFallback },
];
