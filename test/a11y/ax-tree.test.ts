/**
 * What a screen reader meets: Chromium's accessibility tree (CDP Accessibility.getFullAXTree) for
 * each element in its main states, compared with the reviewed snapshots in
 * test/a11y/__snapshots__/. A change to a role, a name, a state or a live region fails here until
 * the snapshot is written again on purpose:
 *
 *   UPDATE_A11Y_SNAPSHOTS=1 BROWSERS=chromium npm test -- --files test/a11y/ax-tree.test.ts
 *
 * and the diff is reviewed like code. The snapshots record structure, not wording: names the
 * widget's own UI strings give are kept (templates with their {placeholders}); any other name
 * (content from the dataset, numbers) is "…"; runs of identical siblings (one per item, topic or
 * source) are one line marked "(repeated)", so rewriting the bundled content does not churn them.
 * The counts are checked against the dataset instead.
 *
 * Chromium only: Firefox's remote protocol (WebDriver BiDi) exposes no accessibility tree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { stub } from 'sinon';
import '../../src/ketamine-widgets.js';
import type { DoseRange, KetamineFacts, RiskChecklist } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import bundled from '../../src/data/ketamine.en.json';
import { doseStrings } from '../../src/components/dose-range/dose-range.strings.js';
import { factsStrings } from '../../src/components/ketamine-facts/ketamine-facts.strings.js';
import { checklistStrings } from '../../src/components/risk-checklist/risk-checklist.strings.js';
import { commonStrings } from '../../src/internal/strings.js';
import { $, $$, axTree, isChromium, storedSnapshot, type AxNode } from './helpers.js';

const en = bundled as unknown as Dataset;
const items = en.checklist.groups.flatMap((g) => g.items);

/** The UI strings, as exact names and as templates whose {placeholders} match anything. */
const ui = [doseStrings.en, factsStrings.en, checklistStrings.en, commonStrings.en].flatMap((table) =>
  Object.entries(table as Record<string, string>),
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const templates = ui
  .filter(([, v]) => v.includes('{'))
  .map(([key, v]) => ({
    key,
    literal: v.replace(/\{\w+\}/g, '').length,
    re: new RegExp(`^${escape(v).replace(/\\\{\w+\\\}/g, '.+')}$`, 's'),
  }));
const exact = new Set(ui.map(([, v]) => v));

/** A name as the snapshot keeps it. */
function normalizeName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!n) return '';
  if (exact.has(n)) return JSON.stringify(n);
  // A template counts only when its own words are most of the name ("{hours} and {minutes}"
  // would match any sentence with "and").
  const t = templates.find(({ re, literal }) => literal >= n.length / 2 && re.test(n));
  if (t) return `{${t.key}}`;
  // "… opens in a new tab": a UI string beside a value.
  const inside = ui.find(([, v]) => v.length >= n.length / 2 && !v.includes('{') && n.includes(v));
  return inside ? `…${JSON.stringify(inside[1])}…` : '…';
}

function lines(nodes: AxNode[], depth = 0): string[] {
  const out: string[] = [];
  let previous = '';
  for (const node of nodes) {
    const props = Object.entries(node.props ?? {})
      .map(([k, v]) => (v === true || v === 'true' ? k : `${k}=${String(v)}`))
      .join(' ');
    const name = normalizeName(node.name);
    const described = node.description ? ` described ${normalizeName(node.description)}` : '';
    const value = node.value !== undefined ? ` value=${/^[\d.,]*$/.test(node.value) ? node.value : '…'}` : '';
    const block = [
      `${'  '.repeat(depth)}${node.role}${name ? ` ${name}` : ''}${props ? ` [${props}]` : ''}${described}${value}`,
      ...lines(node.children ?? [], depth + 1),
    ].join('\n');
    if (block === previous) {
      if (!out[out.length - 1]!.endsWith('(repeated)')) out[out.length - 1] += '\n' + `${'  '.repeat(depth)}(repeated)`;
      continue;
    }
    out.push(block);
    previous = block;
  }
  return out;
}

const flatten = (nodes: AxNode[]): AxNode[] => nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);

/** Compares the tree under `#ax` with the stored snapshot `name`; returns the raw tree. */
async function expectSnapshot(name: string): Promise<AxNode[]> {
  // Layout and the accessibility tree catch up after the last render.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const tree = await axTree('#ax');
  const current = `${lines(tree).join('\n')}\n`;
  const { stored, updated } = await storedSnapshot(name, current);
  if (stored === null) {
    throw new Error(
      `No snapshot "${name}": review it, then write it with UPDATE_A11Y_SNAPSHOTS=1 BROWSERS=chromium npm test -- --files test/a11y/ax-tree.test.ts`,
    );
  }
  if (!updated) expect(current, `accessibility tree "${name}" (test/a11y/__snapshots__/${name}.txt)`).to.equal(stored);
  return tree;
}

const roles = (tree: AxNode[], role: string) => flatten(tree).filter((n) => n.role === role);

describe('accessibility tree snapshots (a11y)', function () {
  before(function () {
    if (!isChromium) this.skip();
  });

  describe('<ketamine-facts>', () => {
    it('full: every topic heading is in the tree at once, far-off topics included', async () => {
      // Content skipped as off screen (content-visibility) stays out of Chromium's tree until the
      // reader nears it: every heading must be there at once, far-off ones included.
      await fixture<KetamineFacts>(html`<ketamine-facts id="ax"></ketamine-facts>`);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const h2 = roles(await axTree('#ax'), 'heading').filter((h) => h.props?.level === 2);
      expect(h2.length).to.equal(en.sections.length + 1);
    });

    it('full: every topic a heading at the level, every finding an article', async () => {
      // Everything rendered, as a reader who scrolls through meets it.
      const paintAll = document.createElement('style');
      paintAll.textContent = 'ketamine-facts::part(body) { content-visibility: visible; }';
      document.head.append(paintAll);
      try {
        await fixture<KetamineFacts>(html`<ketamine-facts id="ax"></ketamine-facts>`);
        const tree = await expectSnapshot('facts-full');
        const findings = en.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'finding'));
        expect(roles(tree, 'article').length).to.equal(findings.length);
      } finally {
        paintAll.remove();
      }
    });

    it('compact, closed: a toolbar, then one collapsed disclosure per topic and for the sources', async () => {
      await fixture<KetamineFacts>(html`<ketamine-facts id="ax" variant="compact"></ketamine-facts>`);
      const tree = await expectSnapshot('facts-compact-closed');
      const collapsed = flatten(tree).filter((n) => n.props?.expanded === undefined && n.role === 'DisclosureTriangle');
      expect(collapsed.length).to.equal(en.sections.length + 1);
    });

    it('compact, open: every topic expanded', async () => {
      const el = await fixture<KetamineFacts>(html`<ketamine-facts id="ax" variant="compact"></ketamine-facts>`);
      $<HTMLButtonElement>(el, '[part~="toggle-all"]').click();
      await el.updateComplete;
      const tree = await expectSnapshot('facts-compact-open');
      const expanded = flatten(tree).filter((n) => n.role === 'DisclosureTriangle' && n.props?.expanded);
      expect(expanded.length).to.equal(en.sections.length);
    });
  });

  describe('<dose-range>', () => {
    const weightOutOfBounds = String(Math.ceil(en.dose.weightKgMax * 3));

    for (const [name, weight] of [
      ['dose-empty', ''],
      ['dose-valid', '70'],
      ['dose-invalid', 'abc'],
      ['dose-out-of-bounds', weightOutOfBounds],
    ] as const) {
      it(`${name.replace('dose-', '')}: the field, its state and the two polite live regions`, async () => {
        const el = await fixture<DoseRange>(html`<dose-range id="ax"></dose-range>`);
        if (weight) {
          $<HTMLInputElement>(el, '[part~="input"]').focus();
          await sendKeys({ type: weight });
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        }
        const tree = await expectSnapshot(name);
        const status = roles(tree, 'status');
        expect(status.length, 'message and result').to.equal(2);
        for (const region of status) expect(region.props).to.include({ live: 'polite', atomic: true });
        const field = roles(tree, 'textbox')[0]!;
        expect(Boolean(field.props?.invalid), 'aria-invalid').to.equal(name === 'dose-invalid' || name === 'dose-out-of-bounds');
      });
    }
  });

  describe('<risk-checklist>', () => {
    it('none ticked: one checkbox per item, the count in a polite live region', async () => {
      await fixture<RiskChecklist>(html`<risk-checklist id="ax"></risk-checklist>`);
      const tree = await expectSnapshot('checklist-none');
      expect(roles(tree, 'checkbox').length).to.equal(items.length);
      expect(roles(tree, 'checkbox').filter((c) => c.props?.checked === 'true')).to.have.length(0);
      expect(roles(tree, 'status').some((s) => s.name === checklistStrings.en.countNone || s.props?.live === 'polite')).to.equal(true);
    });

    it('some ticked: ticked checkboxes and the questions list', async () => {
      const el = await fixture<RiskChecklist>(html`<risk-checklist id="ax"></risk-checklist>`);
      for (const item of items.slice(0, 2)) $<HTMLInputElement>(el, `#item-${item.id}`).click();
      await el.updateComplete;
      const tree = await expectSnapshot('checklist-some');
      expect(roles(tree, 'checkbox').filter((c) => c.props?.checked === 'true')).to.have.length(2);
    });

    it('copy fallback: the read-only text box and the polite message', async () => {
      const el = await fixture<RiskChecklist>(html`<risk-checklist id="ax"></risk-checklist>`);
      $<HTMLInputElement>(el, `#item-${items[0]!.id}`).click();
      await el.updateComplete;
      const refuse = navigator.clipboard ? stub(navigator.clipboard, 'writeText').rejects(new Error('refused')) : undefined;
      try {
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        await el.updateComplete;
        expect($$(el, '[part~="copy-text"]')).to.have.length(1);
      } finally {
        refuse?.restore();
      }
      const tree = await expectSnapshot('checklist-copy-fallback');
      const box = roles(tree, 'textbox')[0]!;
      expect(box.props).to.include({ readonly: true, multiline: true });
    });
  });
});
