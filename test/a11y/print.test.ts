/**
 * Real paper: the page printed to an A4 PDF by Chromium (puppeteer page.pdf) and read back with
 * poppler's pdftotext, on the server side (test/server/a11y-commands.mjs). Chromium only: it is the
 * browser that prints to PDF here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ketamine-widgets.js';
import type { KetamineFacts, RiskChecklist } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import bundled from '../../src/data/ketamine.en.json';
import { checklistStrings } from '../../src/components/risk-checklist/risk-checklist.strings.js';
import { factsStrings } from '../../src/components/ketamine-facts/ketamine-facts.strings.js';
import { beginPrintOnly, endPrintOnly } from '../../src/components/risk-checklist/print.js';
import { today } from '../../src/components/risk-checklist/summary.js';
import { $, $$, isChromium, printToPdf } from './helpers.js';

const en = bundled as unknown as Dataset;
const groups = en.checklist.groups;
const items = groups.flatMap((g) => g.items);
const s = checklistStrings.en;

/** Text compared without any white space: pdftotext breaks lines where the paper did. */
const squash = (t: string) => t.replace(/\s+/g, '').replace(/\u00ad/g, '');
const contains = (pdf: string, t: string) => squash(pdf).includes(squash(t));

describe('printed on paper (a11y)', function () {
  this.timeout(30000);

  before(function () {
    if (!isChromium) this.skip();
  });

  describe('<risk-checklist> print button', () => {
    it('prints one page: only the summary, the ticked questions and the date', async () => {
      const el = await fixture<RiskChecklist>(html`<risk-checklist></risk-checklist>`);
      // A typical selection: one item from each of the first three groups.
      const ticked = groups.slice(0, 3).map((g) => g.items[0]!);
      for (const item of ticked) $<HTMLInputElement>(el, `#item-${item.id}`).click();
      await el.updateComplete;
      beginPrintOnly(el);
      let pdf;
      try {
        pdf = await printToPdf();
      } finally {
        endPrintOnly();
      }
      expect(pdf.pages, `pages of:\n${pdf.text}`).to.equal(1);
      expect(pdf.outside, 'words off the page').to.deep.equal([]);
      const t = pdf.text;
      expect(contains(t, s.summaryTitle), 'summary title').to.equal(true);
      expect(contains(t, s.madeOn.replace('{date}', today('en'))), 'the date').to.equal(true);
      for (const item of ticked) expect(contains(t, item.question), `question of ${item.id}`).to.equal(true);
      for (const q of en.checklist.generalQuestions) expect(contains(t, q.text), 'general question').to.equal(true);
      // Only the summary: nothing to tick, no buttons, no unticked question.
      for (const absent of [s.title, s.intro, s.privacy, s.printButton, s.copyButton, ...groups.map((g) => g.title)]) {
        expect(contains(t, absent), `not printed: ${absent}`).to.equal(false);
      }
      for (const item of items.filter((i) => !ticked.includes(i))) {
        expect(contains(t, item.question), `unticked ${item.id}`).to.equal(false);
        expect(contains(t, item.why), `why of ${item.id}`).to.equal(false);
      }
    });
  });

  describe('<ketamine-facts>', () => {
    it('prints every topic open, the sources and no cut-off text, even from compact', async () => {
      const el = await fixture<KetamineFacts>(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      expect($$<HTMLDetailsElement>(el, 'details').some((d) => d.open)).to.equal(false);
      const pdf = await printToPdf();
      expect(pdf.outside, 'words off the page').to.deep.equal([]);
      const t = pdf.text;
      for (const section of en.sections) {
        expect(contains(t, section.title), `title of ${section.id}`).to.equal(true);
        for (const block of section.blocks) {
          const parts = block.kind === 'list' ? [block.lead ?? '', ...block.items.map((i) => i.text)] : [block.text];
          if (block.kind === 'finding') parts.push(block.title, block.correction ?? '');
          for (const part of parts.filter(Boolean))
            expect(contains(t, part), `${section.id}: ${part.slice(0, 40)}… not in:\n${t}`).to.equal(true);
        }
      }
      expect(contains(t, factsStrings.en.sourceList), 'the Sources heading').to.equal(true);
      // The sources the topics cite (the dose range's own sources are listed by <dose-range>).
      const cited = new Set(
        en.sections.flatMap((section) =>
          section.blocks.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((i) => i.sources) : b.sources)),
        ),
      );
      expect(cited.size, 'cited sources').to.be.greaterThan(5);
      for (const source of en.sources.filter((x) => cited.has(x.id)))
        expect(contains(t, source.title), `source ${source.id}`).to.equal(true);
      // Printing left the reader's disclosures as they were.
      expect($$<HTMLDetailsElement>(el, 'details').some((d) => d.open)).to.equal(false);
      // No button or marker on paper.
      expect(contains(t, factsStrings.en.openAll)).to.equal(false);
    });
  });
});
