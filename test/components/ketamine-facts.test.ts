import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { stubConsole } from '../helpers/console.js';
import '../../src/ketamine-widgets.js';
import type { KetamineFacts } from '../../src/ketamine-widgets.js';
import type { KwErrorEvent } from '../../src/internal/events.js';
import type { Dataset } from '../../src/data/dataset.js';
import type { Block } from '../../src/data/schema.js';
import { commonStrings } from '../../src/internal/strings.js';
import { factsStrings } from '../../src/components/ketamine-facts/ketamine-facts.strings.js';
import { es as factsEs } from '../../src/components/ketamine-facts/translations/es.js';
import { es as commonEs } from '../../src/internal/translations/es.js';
import { sectionStrings } from '../helpers/readability.js';
import { shownClaims } from '../helpers/claims.js';
import { LOADS, preload } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';
import bundled from '../../src/data/ketamine.en.json';
import bundledEs from '../../src/data/ketamine.es.json';
import clinic from '../fixtures/facts-clinic.json';

/** The bundled content, typed by its schema, so assertions compare against the data itself. */
const en = bundled as unknown as Dataset;
const es = bundledEs as unknown as Dataset;
const allIds = en.sections.map((s) => s.id);
const section = (id: string) => en.sections.find((s) => s.id === id)!;
const source = (id: string) => en.sources.find((s) => s.id === id)!;
type Kind<K extends Block['kind']> = Extract<Block, { kind: K }>;
const ofKind = <K extends Block['kind']>(blocks: readonly Block[], kind: K) => blocks.filter((b): b is Kind<K> => b.kind === kind);
/** The source ids a block cites, its list items' included. */
const refs = (b: Block) => (b.kind === 'list' ? b.items.flatMap((item) => item.sources) : b.sources);
const findings = en.sections.flatMap((s) => ofKind(s.blocks, 'finding'));
const isChromium = navigator.userAgent.includes('Chrome/');

const root = (el: Element) => el.shadowRoot!;
const regions = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part~="section"]')];
const shownIds = (el: Element) => regions(el).map((r) => r.dataset.section);
const headingOf = (region: Element) =>
  region.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6), :scope > summary > :is(h1, h2, h3, h4, h5, h6)');
const disclosures = (el: Element) => [...root(el).querySelectorAll('details')];
const findingEl = (el: Element, title: string) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="finding"]')].find(
    (f) => textOf(f.querySelector('[part~="finding-title"]')?.textContent) === title,
  );

/** Whether a reader can see the element: rendered, and not inside a closed <details>. */
const seen = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().height > 0;

async function facts(template: ReturnType<typeof html>): Promise<KetamineFacts> {
  const el = await fixture<KetamineFacts>(template);
  await el.updateComplete;
  return el;
}

/** An element with a clinic's dataset as an inline JSON child, connected once `kw-load` is awaited. */
function withInline(json: unknown, attrs: Record<string, string> = {}): { el: KetamineFacts; loaded: Promise<Event> } {
  const el = document.createElement('ketamine-facts');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(json);
  el.append(script);
  const loaded = oneEvent(el, 'kw-load');
  return { el, loaded };
}

describe('<ketamine-facts>', () => {
  preload();
  const logs = stubConsole();

  describe('content', () => {
    it('renders every section of the dataset, in its order, under its title', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      expect(shownIds(el)).to.deep.equal(allIds);
      expect(el.shownSections).to.deep.equal(allIds);
      regions(el).forEach((region, i) => expect(textOf(headingOf(region)?.textContent)).to.equal(en.sections[i].title));
      expect(logs.warn.called).to.equal(false);
    });

    it("shows every block's text, list lead and item, finding title and correction", async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      for (const [i, region] of regions(el).entries()) {
        const shown = textOf(region.textContent);
        for (const string of sectionStrings(en.sections[i])) expect(shown, en.sections[i].id).to.contain(textOf(string));
      }
    });

    it('uses semantic HTML: paragraphs for text, lists for lists, and no disclosures in full', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      const questions = regions(el)[allIds.indexOf('questions')];
      const lists = ofKind(section('questions').blocks, 'list');
      expect(questions.querySelectorAll('ul')).to.have.length(lists.length);
      lists.forEach((list, i) => {
        const items = [...questions.querySelectorAll('ul')[i].querySelectorAll(':scope > li')];
        expect(items).to.have.length(list.items.length);
        items.forEach((li, j) => expect(textOf(li.textContent)).to.contain(list.items[j].text));
      });
      const what = regions(el)[0];
      expect([...what.querySelectorAll('p:not([part])')].map((p) => textOf(p.textContent))).to.include(
        ofKind(section('what-it-is').blocks, 'text')[0].text,
      );
      expect(regions(el).every((r) => r.localName === 'section')).to.equal(true);
      expect(disclosures(el)).to.have.length(0);
    });

    it('cites each text block, each list item and each finding', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      for (const [i, region] of regions(el).entries()) {
        const expected = en.sections[i].blocks.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 1), 0);
        expect(region.querySelectorAll('[part~="citation"]'), en.sections[i].id).to.have.length(expected);
      }
      const item = regions(el)[allIds.indexOf('who-it-helps')].querySelector('li')!;
      expect(item.querySelector('[part~="citation"]')).to.be.instanceOf(Element);
    });

    it('marks claims from unchecked sources as coming from the article', async () => {
      const el = await facts(html`<ketamine-facts sections="what-it-is"></ketamine-facts>`);
      const citations = [...regions(el)[0].querySelectorAll('[part~="citation"]')].map((c) => textOf(c.textContent));
      const blocks = section('what-it-is').blocks;
      blocks.forEach((block, i) => {
        const ids = refs(block);
        if (ids.some((id) => !source(id).verified)) expect(citations[i]).to.contain(commonStrings.en.notVerified);
        else expect(citations[i]).to.contain(source(ids[0]).short).and.not.contain(commonStrings.en.notVerified);
      });
    });
  });

  describe('research findings', () => {
    it('shows each finding set off, with what it found and the full citation of each source', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      expect(root(el).querySelectorAll('[part~="finding"]')).to.have.length(findings.length);
      for (const finding of findings) {
        const box = findingEl(el, finding.title);
        expect(box, finding.title).to.be.instanceOf(Element);
        expect(box!.localName).to.equal('article');
        const text = textOf(box!.textContent);
        expect(text).to.contain(`${factsStrings.en.found}: ${finding.text}`);
        const cite = textOf(box!.querySelector('[part~="citation"]')?.textContent);
        for (const id of finding.sources) {
          const s = source(id);
          if (!s.verified) {
            expect(cite).to.contain(commonStrings.en.notVerified);
            continue;
          }
          expect(cite).to.contain(s.authors).and.contain(s.title).and.contain(s.publisher).and.contain(String(s.year));
          const href = s.doi ? `https://doi.org/${s.doi}` : s.url!;
          const link = box!.querySelector<HTMLAnchorElement>(`a[href="${href}"]`);
          expect(link, `${id} link`).to.be.instanceOf(Element);
          expect(textOf(link!.textContent)).to.contain(s.doi ?? s.pmid);
        }
      }
    });

    it('says the unchecked finding comes from the article, with no made-up citation', async () => {
      const unchecked = findings.filter((f) => f.sources.every((id) => !source(id).verified));
      expect(unchecked, 'the dataset has an unchecked finding').to.have.length.above(0);
      const el = await facts(html`<ketamine-facts sections="research"></ketamine-facts>`);
      for (const finding of unchecked) {
        const box = findingEl(el, finding.title)!;
        expect(textOf(box.querySelector('[part~="citation"]')?.textContent)).to.contain(commonStrings.en.notVerified);
        expect(box.querySelector('a[href^="https://doi.org/"]')).to.equal(null);
      }
    });

    it('shows a labelled correction where a finding has one, and only there', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      expect(findings.some((f) => f.correction)).to.equal(true);
      for (const finding of findings) {
        const note = findingEl(el, finding.title)!.querySelector('[part~="correction"]');
        if (finding.correction) {
          expect(textOf(note?.textContent)).to.equal(`${factsStrings.en.correction}: ${finding.correction}`);
          expect(seen(note!)).to.equal(true);
        } else {
          expect(note).to.equal(null);
        }
      }
    });

    it('lists every cited source once at the end, in full', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      const list = root(el).querySelector('[part~="sources"]')!;
      expect(textOf(headingOf(list)?.textContent)).to.equal(factsStrings.en.sourceList);
      const items = [...list.querySelectorAll('li')].map((li) => textOf(li.textContent));
      const cited = new Set(
        shownClaims(en)
          .filter((c) => !c.where.startsWith('dose') && !c.where.startsWith('checklist'))
          .flatMap((c) => c.sources),
      );
      const listed = en.sources.filter((s) => cited.has(s.id));
      expect(items).to.have.length(listed.length);
      for (const s of listed) {
        const matches = items.filter((text) => text.includes(s.title));
        expect(matches, s.id).to.have.length(1);
        if (!s.verified) expect(matches[0]).to.contain(commonStrings.en.notVerified);
        if (s.doi) expect(list.querySelector(`a[href="https://doi.org/${s.doi}"]`), s.id).to.be.instanceOf(Element);
        else if (s.url) expect(list.querySelector(`a[href="${s.url}"]`), s.id).to.be.instanceOf(Element);
        const [y, m, d] = s.checked!.split('-').map(Number);
        const checked = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d));
        expect(matches[0], `${s.id} checked date`).to.contain(`Checked ${checked}.`);
      }
    });
  });

  describe('trust', () => {
    it('shows the disclaimer and the last-reviewed date', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      expect(textOf(root(el).querySelector('[part~="disclaimer"]')?.textContent)).to.contain(en.meta.disclaimer);
      const [y, m, d] = en.meta.lastReviewed.split('-').map(Number);
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
      expect(textOf(root(el).querySelector('[part~="reviewed"]')?.textContent)).to.contain(date);
      expect(root(el).querySelector('[part~="footer"]')).to.be.instanceOf(Element);
    });
  });

  describe('sections', () => {
    it('renders exactly the named sections, in the order named', async () => {
      const el = await facts(html`<ketamine-facts sections="research what-it-is"></ketamine-facts>`);
      expect(shownIds(el)).to.deep.equal(['research', 'what-it-is']);
      expect(el.shownSections).to.deep.equal(['research', 'what-it-is']);
      expect(textOf(headingOf(regions(el)[0])?.textContent)).to.equal(section('research').title);
      expect(regions(el).map((r) => textOf(headingOf(r)?.textContent))).to.not.include(section('side-effects').title);
      expect(logs.warn.called).to.equal(false);
    });

    it('accepts commas and spaces, and shows a repeated id once', async () => {
      const el = await facts(html`<ketamine-facts sections=" side-effects,research ,, side-effects  interactions"></ketamine-facts>`);
      expect(shownIds(el)).to.deep.equal(['side-effects', 'research', 'interactions']);
      expect(logs.warn.called).to.equal(false);
    });

    it('skips unknown ids and warns once, naming them and the known ids', async () => {
      const el = await facts(html`<ketamine-facts sections="research dosing what-it-is"></ketamine-facts>`);
      expect(shownIds(el)).to.deep.equal(['research', 'what-it-is']);
      el.requestUpdate();
      await el.updateComplete;
      expect(logs.warn.callCount).to.equal(1);
      const message = String(logs.warn.firstCall.args[0]);
      expect(message).to.contain('<ketamine-facts>').and.contain('"dosing"');
      for (const id of allIds) expect(message).to.contain(id);
    });

    it('shows every section and warns when no id is known', async () => {
      const el = await facts(html`<ketamine-facts sections="dosing, cost"></ketamine-facts>`);
      expect(shownIds(el)).to.deep.equal(allIds);
      expect(logs.warn.callCount).to.equal(1);
      expect(String(logs.warn.firstCall.args[0])).to.contain('sections="dosing, cost"').and.contain('all');
    });

    it('shows every section, quietly, when sections is empty', async () => {
      const el = await facts(html`<ketamine-facts sections=" "></ketamine-facts>`);
      expect(shownIds(el)).to.deep.equal(allIds);
      expect(logs.warn.called).to.equal(false);
    });

    it('follows a change made by the page', async () => {
      const el = await facts(html`<ketamine-facts sections="research"></ketamine-facts>`);
      el.sections = 'questions choosing-a-clinic';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['questions', 'choosing-a-clinic']);
      el.removeAttribute('sections');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(allIds);
    });

    it('lists only the sources the shown sections cite', async () => {
      const el = await facts(html`<ketamine-facts sections="interactions"></ketamine-facts>`);
      const cited = new Set(section('interactions').blocks.flatMap(refs));
      const items = [...root(el).querySelectorAll('[part~="sources"] li')].map((li) => textOf(li.textContent));
      expect(items).to.have.length(cited.size);
      for (const id of cited) expect(items.some((t) => t.includes(source(id).title))).to.equal(true);
      expect(items.some((t) => t.includes(source('orhurhu-2019').title))).to.equal(false);
    });
  });

  describe('heading-level', () => {
    it('puts section headings at h2 and finding titles at h3 by default', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      expect(regions(el).map((r) => headingOf(r)?.localName)).to.deep.equal(allIds.map(() => 'h2'));
      expect([...root(el).querySelectorAll('[part~="finding-title"]')].map((t) => t.localName)).to.deep.equal(findings.map(() => 'h3'));
      expect(headingOf(root(el).querySelector('[part~="sources"]')!)?.localName).to.equal('h2');
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders h${level} section headings for heading-level="${level}"`, async () => {
        const el = await facts(html`<ketamine-facts heading-level=${level}></ketamine-facts>`);
        expect(regions(el).map((r) => headingOf(r)?.localName)).to.deep.equal(allIds.map(() => `h${level}`));
        const titles = [...root(el).querySelectorAll('[part~="finding-title"]')];
        expect(titles.map((t) => t.localName)).to.deep.equal(findings.map(() => (level < 6 ? `h${level + 1}` : 'p')));
        expect(logs.warn.called).to.equal(false);
      });
    }

    for (const bad of ['0', '7', 'three']) {
      it(`falls back to h2 and warns for heading-level="${bad}"`, async () => {
        const el = await facts(html`<ketamine-facts heading-level=${bad}></ketamine-facts>`);
        expect(regions(el).map((r) => headingOf(r)?.localName)).to.deep.equal(allIds.map(() => 'h2'));
        expect(logs.warn.callCount).to.equal(1);
        expect(String(logs.warn.firstCall.args[0])).to.contain('heading-level');
      });
    }

    it('keeps headings at the level in compact, inside each summary', async () => {
      const el = await facts(html`<ketamine-facts variant="compact" heading-level="3"></ketamine-facts>`);
      for (const details of disclosures(el)) expect(details.querySelector(':scope > summary > h3')).to.be.instanceOf(Element);
    });
  });

  describe('variant', () => {
    it('shows every section open in full (the default)', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      expect(regions(el).every((r) => seen(r.querySelector('[part~="body"]')!))).to.equal(true);
    });

    for (const bad of ['accordion', '']) {
      it(`falls back to full and warns for variant="${bad}"`, async () => {
        const el = await facts(html`<ketamine-facts variant=${bad}></ketamine-facts>`);
        expect(disclosures(el)).to.have.length(0);
        expect(regions(el)).to.have.length(allIds.length);
        expect(logs.warn.callCount).to.equal(1);
        expect(String(logs.warn.firstCall.args[0])).to.contain(`variant="${bad}"`).and.contain('full');
      });
    }

    it('shows each section as a closed <details> in compact, titles visible and content hidden', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const sections = regions(el);
      expect(sections.map((r) => r.localName)).to.deep.equal(allIds.map(() => 'details'));
      for (const [i, details] of sections.entries()) {
        expect((details as HTMLDetailsElement).open).to.equal(false);
        expect(seen(details.querySelector('summary')!)).to.equal(true);
        expect(textOf(details.querySelector('summary')?.textContent)).to.equal(en.sections[i].title);
        expect(seen(details.querySelector('[part~="body"] p')!)).to.equal(false);
      }
      expect(logs.warn.called).to.equal(false);
    });

    it('opens a section on click and closes it on a second click', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const details = disclosures(el)[allIds.indexOf('research')];
      details.querySelector('summary')!.click();
      await oneEvent(details, 'toggle');
      expect(details.open).to.equal(true);
      expect(seen(details.querySelector('[part~="finding"]')!)).to.equal(true);
      details.querySelector('summary')!.click();
      await oneEvent(details, 'toggle');
      expect(details.open).to.equal(false);
    });

    it('opens with Enter and closes with Space on the focused summary', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const details = disclosures(el)[0];
      const summary = details.querySelector('summary')!;
      summary.focus();
      expect(root(el).activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect(seen(details.querySelector('[part~="body"] p')!)).to.equal(true);
      await sendKeys({ press: ' ' }); // Firefox's driver knows Space only as ' '
      expect(details.open).to.equal(false);
    });

    it('reaches each summary with Tab, after the open-all button', async () => {
      const el = await facts(html`<ketamine-facts variant="compact" sections="what-it-is research"></ketamine-facts>`);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="toggle-all"]')!;
      button.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(disclosures(el)[0].querySelector('summary'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(disclosures(el)[1].querySelector('summary'));
    });

    it('opens and closes every topic with the open-all button, saying which it will do', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="toggle-all"]')!;
      expect(textOf(root(el).querySelector('[part~="toolbar"]')?.textContent)).to.contain(`${allIds.length} topics`);
      expect(textOf(button.textContent)).to.equal(factsStrings.en.openAll);
      button.click();
      await el.updateComplete;
      expect(regions(el).every((d) => (d as HTMLDetailsElement).open)).to.equal(true);
      expect(textOf(button.textContent)).to.equal(factsStrings.en.closeAll);
      button.click();
      await el.updateComplete;
      expect(regions(el).some((d) => (d as HTMLDetailsElement).open)).to.equal(false);
      expect(textOf(button.textContent)).to.equal(factsStrings.en.openAll);
    });

    it('offers "Close all" once the reader has opened every topic by hand', async () => {
      const el = await facts(html`<ketamine-facts variant="compact" sections="what-it-is how-it-works"></ketamine-facts>`);
      for (const details of regions(el) as HTMLDetailsElement[]) {
        details.querySelector('summary')!.click();
        await oneEvent(details, 'toggle');
      }
      await el.updateComplete;
      expect(textOf(root(el).querySelector('[part~="toggle-all"]')?.textContent)).to.equal(factsStrings.en.closeAll);
    });

    it('has no open-all button for a single topic', async () => {
      const el = await facts(html`<ketamine-facts variant="compact" sections="research"></ketamine-facts>`);
      expect(root(el).querySelector('[part~="toggle-all"]')).to.equal(null);
      expect(disclosures(el)).to.have.length(2); // the topic and the Sources list
    });

    it('switches between variants when the page changes the attribute', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      el.variant = 'full';
      await el.updateComplete;
      expect(disclosures(el)).to.have.length(0);
      el.setAttribute('variant', 'compact');
      await el.updateComplete;
      expect(regions(el).every((r) => r.localName === 'details')).to.equal(true);
    });
  });

  describe('print', () => {
    it('opens every closed disclosure before printing and restores them after', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const [first, second] = disclosures(el);
      first.querySelector('summary')!.click();
      await oneEvent(first, 'toggle');
      window.dispatchEvent(new Event('beforeprint'));
      expect(disclosures(el).every((d) => d.open)).to.equal(true);
      expect(seen(second.querySelector('[part~="body"] p')!)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(first.open).to.equal(true);
      expect(
        disclosures(el)
          .slice(1)
          .every((d) => !d.open),
      ).to.equal(true);
    });

    it('stops listening for printing once removed from the page', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      el.remove();
      window.dispatchEvent(new Event('beforeprint'));
      expect(disclosures(el).some((d) => d.open)).to.equal(false);
      window.dispatchEvent(new Event('afterprint'));
    });

    if (isChromium) {
      it('shows closed content, no controls and the DOI addresses on paper (print media)', async () => {
        const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
        await emulateMedia({ media: 'print' });
        try {
          const research = disclosures(el)[allIds.indexOf('research')];
          expect(research.open).to.equal(false);
          expect(seen(research.querySelector('[part~="finding"]')!)).to.equal(true);
          expect(getComputedStyle(root(el).querySelector('[part~="toolbar"]')!).display).to.equal('none');
          const doi = research.querySelector('a[href^="https://doi.org/"]')!;
          expect(getComputedStyle(doi, '::after').content).to.contain(doi.getAttribute('href'));
          expect(getComputedStyle(doi).textDecorationLine).to.equal('none');
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      });
    }
  });

  describe('layout and theming', () => {
    it('reflows at 320 px: nothing wider than the element, long DOIs wrap', async () => {
      const el = await facts(html`<ketamine-facts style="width: 320px"></ketamine-facts>`);
      const box = el.getBoundingClientRect();
      for (const node of root(el).querySelectorAll('p, li, h2, h3, a, cite, [part~="finding"]')) {
        expect(node.getBoundingClientRect().right, node.textContent ?? '').to.be.at.most(box.right + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('keeps a readable measure from --kw-max-width', async () => {
      const el = await facts(html`<ketamine-facts style="--kw-max-width: 30rem"></ketamine-facts>`);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(el.getBoundingClientRect().width).to.be.at.most(30 * rem + 0.5);
    });

    it('takes its own custom properties for findings, topic gaps and summaries', async () => {
      const el = await facts(html`<ketamine-facts
        style="--kw-ketamine-facts-finding-bg: rgb(1, 2, 3); --kw-ketamine-facts-finding-border-color: rgb(4, 5, 6); --kw-ketamine-facts-section-gap: 37px"
      ></ketamine-facts>`);
      const finding = root(el).querySelector('[part~="finding"]')!;
      expect(getComputedStyle(finding).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(finding).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(regions(el)[1]).marginTop).to.equal('37px');
      const compact = await facts(
        html`<ketamine-facts variant="compact" style="--kw-ketamine-facts-summary-bg: rgb(7, 8, 9)"></ketamine-facts>`,
      );
      expect(getComputedStyle(root(compact).querySelector('summary')!).backgroundColor).to.equal('rgb(7, 8, 9)');
    });

    it('draws the disclosure marker with a border, so forced colours keep it', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      const marker = root(el).querySelector('[part~="marker"]')!;
      const style = getComputedStyle(marker);
      expect(marker.getAttribute('aria-hidden')).to.equal('true');
      expect(parseFloat(style.borderBottomWidth)).to.be.greaterThan(0);
      expect(style.borderBottomStyle).to.equal('solid');
      expect(style.content).to.be.oneOf(['normal', 'none']);
    });

    it('gives summaries and the open-all button targets of at least 24 px', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      for (const target of root(el).querySelectorAll('summary, button')) {
        expect(target.getBoundingClientRect().height).to.be.at.least(24);
      }
    });

    it('documents every attribute, part and custom property in the manifest', async () => {
      const manifest = (await import('../../custom-elements.json')).default as unknown as {
        modules: {
          declarations?: {
            tagName?: string;
            attributes?: { name: string }[];
            cssParts?: { name: string }[];
            cssProperties?: { name: string }[];
          }[];
        }[];
      };
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ketamine-facts');
      expect(declaration, 'ketamine-facts in custom-elements.json').to.be.an('object');
      const attributes = declaration!.attributes!.map((a) => a.name);
      for (const name of ['sections', 'variant', 'heading-level', 'lang', 'src', 'color-scheme']) expect(attributes).to.include(name);
      const documented = new Set(declaration!.cssParts!.map((p) => p.name));
      const { el, loaded } = withInline(clinic, { variant: 'compact' });
      const full = await facts(html`<ketamine-facts></ketamine-facts>`);
      document.body.append(el);
      try {
        await loaded;
        await el.updateComplete;
        const used = new Set(
          [...root(full).querySelectorAll('[part]'), ...root(el).querySelectorAll('[part]')].flatMap((n) =>
            n.getAttribute('part')!.split(/\s+/),
          ),
        );
        for (const part of used) expect(documented, `part "${part}" documented`).to.include(part);
        for (const part of documented) expect(used, `documented part "${part}" rendered`).to.include(part);
      } finally {
        el.remove();
      }
      const props = declaration!.cssProperties!.map((p) => p.name);
      for (const name of [
        '--kw-ketamine-facts-section-gap',
        '--kw-ketamine-facts-finding-bg',
        '--kw-ketamine-facts-finding-border-color',
        '--kw-ketamine-facts-summary-bg',
        '--kw-color-accent',
        '--kw-font-family',
        '--kw-space',
        '--kw-radius',
        '--kw-max-width',
      ]) {
        expect(props).to.include(name);
      }
    });
  });

  describe('Spanish', () => {
    /** Spanish content is its own chunk: nothing renders until it arrives. */
    async function spanish(template: ReturnType<typeof html>): Promise<KetamineFacts> {
      const el = await facts(template);
      await waitUntil(() => regions(el).length > 0, 'the Spanish content loads', LOADS);
      await el.updateComplete;
      return el;
    }

    it('renders every section and block of the Spanish dataset for lang="es"', async () => {
      const el = await spanish(html`<ketamine-facts lang="es"></ketamine-facts>`);
      expect(shownIds(el)).to.deep.equal(es.sections.map((s) => s.id));
      for (const [i, region] of regions(el).entries()) {
        expect(textOf(headingOf(region)?.textContent)).to.equal(es.sections[i].title);
        for (const string of sectionStrings(es.sections[i]))
          expect(textOf(region.textContent), es.sections[i].id).to.contain(textOf(string));
      }
      expect(textOf(root(el).querySelector('[part~="disclaimer"]')?.textContent)).to.contain(es.meta.disclaimer);
      expect(logs.error.called).to.equal(false);
    });

    it('speaks Spanish in its own labels: findings, corrections, sources, dates', async () => {
      const el = await spanish(html`<ketamine-facts lang="es" sections="research"></ketamine-facts>`);
      const text = textOf(root(el).textContent);
      expect(text).to.contain(`${factsEs.found}:`).and.contain(`${factsEs.correction}:`);
      expect(text).to.contain(commonEs.notVerified);
      expect(text).to.not.contain(factsStrings.en.found);
      expect(textOf(headingOf(root(el).querySelector('[part~="sources"]')!)?.textContent)).to.equal(factsEs.sourceList);
      const [y, m, d] = es.meta.lastReviewed.split('-').map(Number);
      const date = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
      expect(textOf(root(el).querySelector('[part~="reviewed"]')?.textContent)).to.contain(date);
    });

    it("follows the page's language and picks sections by the same ids", async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es-MX"><ketamine-facts variant="compact" sections="what-it-is research"></ketamine-facts></div>`,
      );
      const el = wrapper.querySelector('ketamine-facts')!;
      await waitUntil(() => regions(el).length > 0, 'the Spanish content loads', LOADS);
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['what-it-is', 'research']);
      expect(textOf(headingOf(regions(el)[1])?.textContent)).to.equal(es.sections.find((s) => s.id === 'research')!.title);
      const toolbar = textOf(root(el).querySelector('[part~="toolbar"]')?.textContent);
      expect(toolbar).to.contain('2 temas').and.contain(factsEs.openAll);
      await expect(el).to.be.accessible();
    });
  });

  describe('strings', () => {
    it('has a Spanish string, different from the English, for every English one', () => {
      for (const [key, english] of Object.entries(factsStrings.en)) {
        const spanish = factsEs[key as keyof typeof factsStrings.en];
        expect(spanish, key).to.be.a('string').with.length.above(0);
        expect(spanish, key).to.not.equal(english);
        expect(spanish!.match(/\{\w+\}/g) ?? [], `${key} placeholders`).to.deep.equal(english.match(/\{\w+\}/g) ?? []);
      }
    });
  });

  describe('accessibility (axe)', () => {
    it('is accessible in full', async () => {
      const el = await facts(html`<ketamine-facts></ketamine-facts>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in compact, collapsed', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in compact, expanded', async () => {
      const el = await facts(html`<ketamine-facts variant="compact"></ketamine-facts>`);
      root(el).querySelector<HTMLButtonElement>('[part~="toggle-all"]')!.click();
      await el.updateComplete;
      expect(regions(el).every((d) => (d as HTMLDetailsElement).open)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark, full and compact expanded', async () => {
      // Paint every topic, as a scrolling reader sees them, even if a rule skips far-off content:
      // axe cannot judge the contrast of unpainted text.
      const paintAll = document.createElement('style');
      paintAll.textContent =
        'ketamine-facts::part(section), ketamine-facts::part(sources), ketamine-facts::part(body) { content-visibility: visible; }';
      document.head.append(paintAll);
      try {
        const el = await facts(html`<ketamine-facts color-scheme="dark"></ketamine-facts>`);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        await expect(el).to.be.accessible();
        el.variant = 'compact';
        await el.updateComplete;
        root(el).querySelector<HTMLButtonElement>('[part~="toggle-all"]')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        paintAll.remove();
      }
    });

    it('is accessible at heading-level 6, where finding titles are not headings', async () => {
      const el = await facts(html`<ketamine-facts heading-level="6" sections="research"></ketamine-facts>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('clinic dataset', () => {
    it("shows a clinic's inline dataset that renames a section, after kw-load", async () => {
      const title = 'What ketamine is, from Lakeside Clinic';
      const { el, loaded } = withInline({ sections: [{ ...section('what-it-is'), title }] });
      document.body.append(el);
      try {
        await loaded;
        await el.updateComplete;
        expect(textOf(headingOf(regions(el)[0])?.textContent)).to.equal(title);
        expect(shownIds(el)).to.deep.equal(allIds);
      } finally {
        el.remove();
      }
    });

    it('waits for a clinic dataset before judging section ids it adds', async () => {
      const loaded = oneEvent(document.body, 'kw-load');
      const el = await facts(html`<ketamine-facts src="/fixtures/facts-clinic" sections="our-clinic research"></ketamine-facts>`);
      expect(logs.warn.called, 'no warning while the dataset loads').to.equal(false);
      await loaded;
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['our-clinic', 'research']);
      expect(textOf(root(el).textContent)).to.contain(clinic.sections[0].blocks[0].text);
      expect(textOf(root(el).querySelector('[part~="clinic"]')?.textContent)).to.contain(clinic.clinic.name);
      const link = root(el).querySelector<HTMLAnchorElement>(`[part~="sources"] a[href="${clinic.sources[0].url}"]`);
      expect(link, 'the clinic source links to its page').to.be.instanceOf(Element);
      expect(logs.warn.called).to.equal(false);
    });

    it('warns about those ids once the clinic dataset has failed', async () => {
      const failed = oneEvent(document.body, 'kw-error');
      const el = await facts(
        html`<ketamine-facts src="/fixtures/facts-clinic?status=404" sections="our-clinic research"></ketamine-facts>`,
      );
      const event = (await failed) as unknown as KwErrorEvent;
      await el.updateComplete;
      expect(event.field).to.equal('(response)');
      expect(shownIds(el)).to.deep.equal(['research']);
      expect(logs.warn.callCount).to.equal(1);
      expect(String(logs.warn.firstCall.args[0])).to.contain('"our-clinic"');
    });
  });
});
