import { expect } from '@open-wc/testing';
import { DatasetSchema, issuePath, type Dataset } from '../../src/data/schema.js';
import json from '../../src/data/ketamine.en.json';
import { readerStrings } from '../helpers/readability.js';
import { shownClaims, type ShownClaim } from '../helpers/claims.js';

// Typed as the schema describes it; the first test checks that it really is.
const en = json as unknown as Dataset;

const SECTION_IDS = [
  'what-it-is',
  'how-it-works',
  'who-it-helps',
  'how-it-is-given',
  'research',
  'side-effects',
  'interactions',
  'dependence-and-mood',
  'questions',
  'choosing-a-clinic',
];

/** Every fact and figure of the source article, as it must appear somewhere a reader sees. */
const ARTICLE_FACTS: [fact: string, pattern: RegExp][] = [
  ['newer approach', /newer/i],
  ['chronic pain lasts over 3 months', /3 months/],
  ['not usually a first-line treatment', /not usually the first/i],
  ['FDA anesthetic approval in 1970', /1970/],
  ['not approved for any psychiatric disorder', /psychiatric/i],
  ['NMDA receptors', /NMDA/],
  ['receptors act like switches', /switch/i],
  ['glutamate turns them on', /glutamate/i],
  ['glutamate makes you alert and awake', /alert and awake/i],
  ['ketamine blocks the receptor', /blocks/i],
  ['sleepy, hence an anesthetic', /sleepy/i],
  ['opioid receptors at higher doses', /opioid receptors/i],
  ['sodium and potassium channels', /sodium and potassium/i],
  ['like local anesthetics', /local anesthetic/i],
  ['GABA', /GABA/],
  ['GABA is the opposite of glutamate', /opposite/i],
  ['option after opioids or NSAIDs', /NSAID/],
  ['neuropathic pain', /neuropathic/i],
  ['shooting, tingling or burning', /shooting, tingling or burning/i],
  ['CRPS type I', /CRPS\) type I\b/],
  ['CRPS follows surgery or injury', /surgery or an injury/i],
  ['will not work for everyone', /not work for everyone/i],
  ['IV infusion', /\bIV\b/],
  ['starts low, may go up', /low dose/i],
  ['0.5 to 2 mg per kg', /0\.5 to 2 mg/],
  ['over 1 hour', /1 hour/],
  ['injection', /shot/i],
  ['inhaled', /breathed in/i],
  ['depends on location and care team', /where you live/i],
  ['research is early and ongoing', /early and ongoing/i],
  ['reviews of many studies', /many studies/i],
  ['2019 meta-analysis', /2019/],
  ['7 trials, 211 patients', /211 patients/],
  ['relief for about 2 weeks', /2 weeks/],
  ['2021 review', /2021/],
  ['opioid-induced hyperalgesia', /opioid-induced hyperalgesia/i],
  ['more sensitive to pain', /more sensitive to pain/i],
  ['2022 study', /2022/],
  ['256 patients', /256 patients/],
  ['1-year follow-up', /12 months/],
  ['fibromyalgia', /fibromyalgia/i],
  ['higher doses work better', /higher doses/i],
  ['safe and well tolerated at low doses', /safe at low doses/i],
  ['faster heart rate', /heart rate/i],
  ['higher blood pressure', /blood pressure/i],
  ['secretions and choking', /choking/i],
  ['heart condition: talk first', /heart condition/i],
  ['risk rises with dose and frequency', /larger or more frequent/i],
  ['prescription and over-the-counter interactions', /over-the-counter/i],
  ['clarithromycin', /clarithromycin/i],
  ['grapefruit juice', /grapefruit/i],
  ['low dose can act like a high one', /low dose can act like a high one/i],
  ['physical and psychological dependence', /psychological/i],
  ['dependence risk is low with the plan', /risk is low/i],
  ['anxious or agitated', /anxious or agitated/i],
  ['talk with your care team', /care team/i],
  ['mention treatments tried', /treatments you have tried/i],
  ['board-certified physicians', /board-certified/i],
  ['qualified treatment center', /qualified treatment center/i],
  ['opioids', /opioid/i],
];

/**
 * The three kinds of claims SOURCES.md lists as "Not verified", by what their text is about. Only
 * these say in their own words that they come from the article and were not checked; every other
 * claim reads as plain fact, and the citation line under it names the article where needed.
 */
const UNCHECKED_KINDS: [kind: string, about: RegExp][] = [
  ['the 0.5 to 2 mg/kg over 1 hour range', /0\.5 to 2 mg/],
  ['the 2021 review on opioid-induced hyperalgesia', /2021|hyperalgesia/i],
  ['the opioid-receptor, sodium/potassium-channel and GABA mechanisms', /opioid receptors|sodium and potassium|GABA/],
];
/** "the article", "the consumer article"; not "Some articles say", which introduces a correction. */
const MENTIONS_ARTICLE = /\barticle\b/i;
const SAYS_UNCHECKED = /\bnot (?:been )?checked\b|\bcould not (?:check|find|match)\b/i;

/** A claim as the dataset shows it: its text, its sources, and the lead of its list if any. */

const sourceById = new Map(en.sources.map((s) => [s.id, s]));

describe('English dataset (ketamine.en.json)', () => {
  it('satisfies DatasetSchema', () => {
    const result = DatasetSchema.safeParse(json);
    const issues = result.success ? [] : result.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
    expect(issues, `schema issues:\n${issues.join('\n')}`).to.deep.equal([]);
    expect(result.success).to.equal(true);
  });

  it('is the English dataset, with no clinic override', () => {
    expect(en.meta.locale).to.equal('en');
    expect(en).not.to.have.property('clinic');
    expect(Object.keys(json)[0]).to.equal('$schema');
  });

  it('has the ten sections in order', () => {
    expect(en.sections.map((s) => s.id)).to.deep.equal(SECTION_IDS);
  });

  it('has the four checklist groups', () => {
    expect(en.checklist.groups.map((g) => g.id)).to.deep.equal([
      'conditions',
      'medicines-and-food',
      'history',
      'how-you-feel',
    ]);
  });

  describe('carries every fact of the source article to the reader', () => {
    const text = readerStrings(en).join('\n');
    for (const [fact, pattern] of ARTICLE_FACTS) {
      it(fact, () => expect(pattern.test(text), `${pattern} not found`).to.equal(true));
    }
  });

  it('keeps the dose range of the article', () => {
    expect(en.dose).to.include({ mgPerKgMin: 0.5, mgPerKgMax: 2, durationMinutes: 60 });
    expect(en.dose.sources).to.deep.equal(['article']);
  });

  it('backs every finding with a source that has a DOI, except one attributed to the article', () => {
    for (const section of en.sections) {
      for (const block of section.blocks) {
        if (block.kind !== 'finding') continue;
        const sources = block.sources.map((id) => sourceById.get(id));
        const fromArticleOnly = sources.every((s) => s && !s.verified);
        if (fromArticleOnly) {
          expect(block.text, block.title).to.match(/article/i);
        } else {
          const withDoi = sources.filter((s) => s?.verified && s.doi);
          expect(withDoi.length, `${block.title} has no DOI source`).to.be.greaterThan(0);
        }
      }
    }
  });

  describe('flags only what SOURCES.md lists as not verified', () => {
    const claims = shownClaims(en);
    const unverified = new Set(en.sources.filter((s) => !s.verified).map((s) => s.id));
    const isFlagged = (c: ShownClaim) => c.where === 'dose' || UNCHECKED_KINDS.some(([, about]) => about.test(c.text));
    // A dose note speaks for the range the dose block gives, so one of them may carry its flag.
    const isRangeNote = (c: ShownClaim) => c.where.startsWith('dose.notes.') && /\brange\b/i.test(c.text);

    it('lists the consumer article as unverified', () => {
      expect([...unverified]).to.deep.equal(['article']);
    });

    for (const [kind, about] of UNCHECKED_KINDS) {
      it(`says in its own words that ${kind} is from the article and not checked`, () => {
        const shown = claims.filter((c) => about.test(c.text));
        expect(shown.length, `no claim is about ${kind}`).to.be.greaterThan(0);
        for (const c of shown) {
          expect(c.sources.some((id) => unverified.has(id)), `${c.where} cites the article`).to.equal(true);
          expect(c.text, c.where).to.match(MENTIONS_ARTICLE);
          expect(c.text, c.where).to.match(SAYS_UNCHECKED);
        }
      });
    }

    it('says the dose range is from the article and not checked, in exactly one dose note', () => {
      expect(en.dose.sources).to.deep.equal(['article']);
      const flagging = en.dose.notes.filter((n) => MENTIONS_ARTICLE.test(n.text) && SAYS_UNCHECKED.test(n.text));
      expect(flagging, 'dose notes that flag the range').to.have.length(1);
      expect(flagging[0]!.sources).to.deep.equal(['article']);
    });

    it('writes every other claim as plain fact, without mentioning the article or its unchecked status', () => {
      const overused = claims
        .filter((c) => MENTIONS_ARTICLE.test(c.text) || SAYS_UNCHECKED.test(c.text))
        .filter((c) => !isFlagged(c) && !isRangeNote(c))
        .map((c) => c.where);
      expect(overused, `claims that should read as plain fact: ${overused.join(', ')}`).to.deep.equal([]);
      const noteFlags = en.dose.notes.filter((n) => MENTIONS_ARTICLE.test(n.text));
      expect(noteFlags.length, 'dose notes that mention the article').to.be.at.most(1);
    });

    it('keeps citing the article, and flags only a few of the claims that cite it', () => {
      const citesArticle = claims.filter((c) => c.sources.includes('article'));
      expect(citesArticle.length).to.be.greaterThan(20);
      const flagged = citesArticle.filter((c) => MENTIONS_ARTICLE.test(c.text));
      expect(flagged.length, 'most claims citing the article read as plain fact').to.be.below(citesArticle.length / 3);
    });
  });

  it('fits its size budget: at most 14,000 characters minified', () => {
    expect(JSON.stringify(json).length).to.be.at.most(14_000);
  });

  it('reports what the 2022 study found about fibromyalgia, not the article’s version', () => {
    const finding = en.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'finding' && b.sources.includes('corriger-2022'));
    if (finding?.kind !== 'finding') throw new Error('no finding cites the 2022 study');
    expect(finding.text).to.match(/fibromyalgia stayed in the severe-pain group/i);
    expect(finding.correction ?? '').to.match(/opposite/i);
  });

  it('cites primary sources exactly as SOURCES.md gives them', () => {
    const doi = Object.fromEntries(en.sources.map((s) => [s.id, s.doi]));
    expect(doi).to.deep.equal({
      'fda-label': undefined,
      'orhurhu-2019': '10.1213/ANE.0000000000004185',
      'corriger-2022': '10.1097/j.pain.0000000000002403',
      'cohen-2018': '10.1097/AAP.0000000000000808',
      'hagelberg-2010': '10.1016/j.ejpain.2009.10.003',
      'peltoniemi-2012': '10.1007/s00228-012-1214-9',
      article: undefined,
    });
    const orhurhu = sourceById.get('orhurhu-2019');
    expect(orhurhu?.pmid).to.equal('31082965');
    expect(en.sources.filter((s) => s.pmid).map((s) => s.id)).to.deep.equal(['orhurhu-2019']);
    expect(en.sources.filter((s) => s.url).map((s) => s.id)).to.deep.equal([]);
  });
});
