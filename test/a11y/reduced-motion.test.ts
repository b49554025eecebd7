/**
 * prefers-reduced-motion: reduce, really switched on (CDP in Chromium, `ui.prefersReducedMotion` in
 * the preferences Firefox): after the interactions that move something, no animation or transition
 * exists anywhere in the elements, and every computed duration is 0s.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ketamine-widgets.js';
import type { DoseRange, KetamineFacts, RiskChecklist } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import bundled from '../../src/data/ketamine.en.json';
import { $, $$, frames, requireMedia, setMedia, shadowRoots } from './helpers.js';

const en = bundled as unknown as Dataset;
const items = en.checklist.groups.flatMap((g) => g.items);

/** Every element of the widget's shadow trees, with the host. */
const everything = (el: Element) => [el, ...shadowRoots(el).flatMap((root) => [...root.querySelectorAll('*')])];

/** Running or pending animations and transitions, and any non-zero duration, named for the report. */
function motion(el: Element): string[] {
  const found: string[] = [];
  for (const node of everything(el)) {
    const name = `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : node.className ? `.${String(node.className).split(' ')[0]}` : ''}`;
    for (const a of node.getAnimations()) found.push(`${name}: ${a.constructor.name} ${a.playState}`);
    for (const pseudo of [undefined, '::before', '::after']) {
      const s = getComputedStyle(node, pseudo);
      const durations = [...s.transitionDuration.split(','), ...(s.animationName === 'none' ? [] : s.animationDuration.split(','))];
      if (durations.some((d) => parseFloat(d) !== 0))
        found.push(`${name}${pseudo ?? ''}: ${s.transitionDuration} / ${s.animationName} ${s.animationDuration}`);
    }
  }
  return found;
}

describe('reduced motion (a11y)', function () {
  before(async function () {
    await requireMedia(this, { reducedMotion: 'reduce' }, '(prefers-reduced-motion: reduce)');
  });

  after(async () => {
    await setMedia({ reducedMotion: '' });
  });

  it('<dose-range>: a new weight moves the bar without a transition', async () => {
    const el = await fixture<DoseRange>(html`<dose-range weight="70"></dose-range>`);
    const field = $<HTMLInputElement>(el, '[part~="input"]');
    field.focus();
    field.select();
    await sendKeys({ type: '95' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.weightKg).to.equal(95);
    $<HTMLInputElement>(el, 'input[value="lb"]').click();
    await el.updateComplete;
    expect(motion(el)).to.deep.equal([]);
    await frames();
    expect(motion(el)).to.deep.equal([]);
  });

  it('<ketamine-facts>: opening a topic turns its marker without a transition', async () => {
    const el = await fixture<KetamineFacts>(html`<ketamine-facts variant="compact"></ketamine-facts>`);
    $<HTMLElement>(el, 'summary').click();
    await el.updateComplete;
    expect(motion(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '[part~="toggle-all"]').click();
    await el.updateComplete;
    await frames();
    expect($$<HTMLDetailsElement>(el, 'details[data-section]').every((d) => d.open)).to.equal(true);
    expect(motion(el)).to.deep.equal([]);
  });

  it('<risk-checklist>: ticking and copying move nothing', async () => {
    const el = await fixture<RiskChecklist>(html`<risk-checklist></risk-checklist>`);
    $<HTMLInputElement>(el, `#item-${items[0]!.id}`).click();
    await el.updateComplete;
    expect(motion(el)).to.deep.equal([]);
    await frames();
    expect(motion(el)).to.deep.equal([]);
  });
});
