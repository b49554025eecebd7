/**
 * Languages inside the content: a study keeps its English title (and journal) inside Spanish text,
 * and those words carry lang="en" so a screen reader reads them in an English voice (WCAG 3.1.2).
 * Spanish words do not: the short labels, the UI and a clinic's own Spanish source.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/ketamine-widgets.js';
import type { KetamineFacts } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import bundledEn from '../../src/data/ketamine.en.json';
import bundledEs from '../../src/data/ketamine.es.json';
import { $$, text } from './helpers.js';

const en = bundledEn as unknown as Dataset;
const es = bundledEs as unknown as Dataset;
/** Sources whose Spanish entry keeps the English title: the ones that must switch language. */
const englishTitles = es.sources.filter((s) => en.sources.find((e) => e.id === s.id)?.title === s.title);
const strip = (t: string) => t.replace(/\.$/, '');
/** The language a node is read in: the nearest lang, through the shadow root to the host. */
function langOf(node: Element): string {
  const own = node.closest('[lang]');
  if (own) return own.getAttribute('lang')!;
  const host = (node.getRootNode() as ShadowRoot).host;
  return host ? langOf(host) : document.documentElement.lang;
}

async function spanishFacts(template = html`<ketamine-facts lang="es"></ketamine-facts>`): Promise<KetamineFacts> {
  const el = await fixture<KetamineFacts>(template);
  await waitUntil(() => $$(el, '[part~="section"]').length > 0, 'the Spanish content loads');
  await el.updateComplete;
  return el;
}

describe('languages inside the content (a11y)', () => {
  it('the Spanish dataset keeps English titles to mark', () => {
    expect(englishTitles.length, 'a Spanish source with its English title').to.be.greaterThan(0);
  });

  it('marks every English source title in Spanish <ketamine-facts> lang="en", in findings and the source list', async () => {
    const el = await spanishFacts();
    const cites = $$(el, 'cite');
    expect(cites.length).to.be.greaterThan(0);
    for (const source of englishTitles) {
      const shown = cites.filter((c) => strip(text(c)) === strip(source.title));
      expect(shown.length, `${source.id} is shown`).to.be.greaterThan(0);
      for (const cite of shown) expect(langOf(cite), `${source.id}: title language`).to.equal('en');
    }
    // The rest stays Spanish: the headings, the short labels, the UI words.
    for (const heading of $$(el, 'h2')) expect(langOf(heading)).to.equal('es');
    for (const cite of $$(el, '[part~="citation"]')) expect(langOf(cite), text(cite)).to.equal('es');
  });

  it('marks an English journal name lang="en" as well', async () => {
    const el = await spanishFacts();
    const english = es.sources.filter((s) => s.publisher && en.sources.find((e) => e.id === s.id)?.publisher === s.publisher);
    for (const source of english) {
      const marked = $$(el, 'span[lang="en"]').filter((n) => strip(text(n)) === strip(source.publisher!));
      expect(marked.length, `${source.id}: ${source.publisher}`).to.be.greaterThan(0);
    }
  });

  it('adds no lang in English content', async () => {
    const el = await fixture<KetamineFacts>(html`<ketamine-facts lang="en"></ketamine-facts>`);
    await el.updateComplete;
    expect($$(el, '[lang]')).to.deep.equal([]);
  });

  it('leaves a clinic’s own Spanish source in Spanish', async () => {
    const title = 'Cómo damos la ketamina en nuestra clínica';
    const el = document.createElement('ketamine-facts');
    el.lang = 'es';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      sources: [
        {
          id: 'clinica-plan',
          short: 'Plan de la clínica',
          title,
          publisher: 'Clínica Ribera',
          year: 2026,
          verified: true,
          url: 'https://example.org/plan',
        },
      ],
      sections: [
        {
          id: 'nuestra-clinica',
          title: 'Nuestra clínica',
          blocks: [{ kind: 'finding', title: 'Lo que vimos', text: 'Los pacientes descansan.', sources: ['clinica-plan'] }],
        },
      ],
    });
    el.append(script);
    const loaded = oneEvent(el, 'kw-load');
    await fixture(el);
    await loaded;
    await (el as KetamineFacts).updateComplete;
    const cite = $$(el, 'cite').find((c) => strip(text(c)) === title)!;
    expect(cite, 'the clinic source is shown').to.not.equal(undefined);
    expect(langOf(cite)).to.equal('es');
  });
});
