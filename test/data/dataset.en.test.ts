import { expect } from '@open-wc/testing';
import { BundledDatasetSchema, DatasetSchema, issuePath, type Dataset } from '../../src/data/schema.js';
import { assessWeight, cappedDoseRange, enterWeight, showableMaxMg } from '../../src/dose.js';
import json from '../../src/data/ketamine.en.json';
import { readerStrings } from '../helpers/readability.js';
import { shownClaims } from '../helpers/claims.js';
import {
  allText,
  articleOnly,
  articleOnlyPassages,
  claimsCiting,
  claimsWithoutCorrections,
  findingCiting,
  findings,
  section,
} from '../helpers/content.js';

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

/**
 * Every fact and figure of the source article, as it must appear somewhere a reader sees. Where
 * the article is more hopeful than the evidence, the fact stays, attributed to the article, and
 * the evidence is given beside it (tested below).
 */
const ARTICLE_FACTS: [fact: string, pattern: RegExp][] = [
  ['newer approach', /newer/i],
  ['early results are promising', /early results look hopeful/i],
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
  ['opioid receptors at higher doses', /higher doses it may also turn on opioid receptors/i],
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
  ['injection', /shots? into a muscle/i],
  ['inhaled', /breathed in/i],
  ['depends on location and care team', /where you live/i],
  ['research is early and ongoing', /early and ongoing/i],
  ['reviews of many studies', /many studies/i],
  ['2019 meta-analysis', /2019/],
  ['7 trials, 211 patients', /211 people/],
  ['relief for about 2 weeks', /2 weeks/],
  ['2021 review', /2021/],
  ['opioid-induced hyperalgesia', /opioid-induced hyperalgesia/i],
  ['more sensitive to pain', /more sensitive to pain/i],
  ['2022 study', /2022/],
  ['256 patients', /256 people/],
  ['1-year follow-up', /12 months/],
  ['fibromyalgia', /fibromyalgia/i],
  ['higher doses work better', /higher doses/i],
  ['safe and well tolerated at low doses', /safe and well tolerated at low doses/i],
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
 * The passages that rest on the consumer article alone, because no checked source backs them:
 * its framing of the treatment, the opioid-receptor mechanism, the unmatched 2021 review, its
 * view of dependence risk, and its advice on what to tell a care team and how to pick a clinic.
 * Anything added here needs a reason; a new claim should cite a checked source.
 */
const ARTICLE_ONLY_PASSAGES = [
  'what-it-is.blocks.3',
  'how-it-works.blocks.1',
  'research.blocks.5',
  'dependence-and-mood.blocks.1',
  'questions.blocks.0',
  'choosing-a-clinic.blocks.0',
  'checklist.generalQuestions',
];

/** Reassurance the article gives with no source behind it; only ever shown as the article's words. */
const UNSOURCED_REASSURANCE = /seems safe|well tolerated|handle it well|risk is low|look hopeful|extra care|take care/i;
const SAYS_ARTICLE = /\bthe article\b[^.]*?\b(?:says|advises|adds|gives|calls)\b/i;

const sourceById = new Map(en.sources.map((s) => [s.id, s]));

describe('English dataset (ketamine.en.json)', () => {
  it('satisfies DatasetSchema and the stricter rules for bundled content', () => {
    for (const schema of [DatasetSchema, BundledDatasetSchema]) {
      const result = schema.safeParse(json);
      const issues = result.success ? [] : result.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
      expect(issues, `schema issues:\n${issues.join('\n')}`).to.deep.equal([]);
    }
  });

  it('is the English dataset, with no clinic override', () => {
    expect(en.meta.locale).to.equal('en');
    expect(en).not.to.have.property('clinic');
    expect(Object.keys(json)[0]).to.equal('$schema');
  });

  it('has the ten sections in order', () => {
    expect(en.sections.map((s) => s.id)).to.deep.equal(SECTION_IDS);
  });

  it('has the five checklist groups', () => {
    expect(en.checklist.groups.map((g) => g.id)).to.deep.equal([
      'conditions',
      'medicines-and-food',
      'history',
      'how-you-feel',
      'after-treatment',
    ]);
  });

  describe('carries every fact of the source article to the reader', () => {
    const text = readerStrings(en).join('\n');
    for (const [fact, pattern] of ARTICLE_FACTS) {
      it(fact, () => expect(pattern.test(text), `${pattern} not found`).to.equal(true));
    }
  });

  describe('puts the strongest evidence first', () => {
    it('leads the research section with the 2025 Cochrane review, then the 2019 review and the 2022 study', () => {
      const order = findings(en).map((f) => f.sources[0]);
      expect(order.slice(0, 3)).to.deep.equal(['cochrane-2025', 'orhurhu-2019', 'corriger-2022']);
      expect(section(en, 'research').blocks[0]!.kind).to.equal('finding');
    });

    it('states the 2025 review fully: size, no clear benefit over placebo, certainty, more side effects', () => {
      const review = findingCiting(en, 'cochrane-2025');
      expect(review.text)
        .to.match(/67 randomized trials/)
        .and.match(/2,309 adults/);
      // The 67 trials tested five NMDA receptor blockers, not ketamine alone (checked 2026-12-03).
      expect(review.text).to.match(/ketamine and 4 other drugs that also block NMDA receptors/);
      expect(review.title, 'the title does not call them 67 ketamine trials').not.to.match(/67/);
      expect(review.text).to.match(/no clear proof of less pain than with a placebo/);
      expect(review.text)
        .to.match(/very low certainty/)
        .and.match(/about 3 times as likely/)
        .and.match(/low certainty/);
      expect(review.text).to.match(/does not support/);
      const cochrane = sourceById.get('cochrane-2025')!;
      expect(cochrane.pmid).to.equal('40819842');
      expect(cochrane.kind).to.equal('systematic-review');
    });

    it('ranks no study as the largest or strongest: no checked source ranks them', () => {
      expect(allText(en)).not.to.match(/\b(largest|strongest|biggest)\b|\bso far\b/i);
    });

    it('says the article is more hopeful than the evidence wherever it is', () => {
      expect(findingCiting(en, 'cochrane-2025').correction).to.match(/the article says early results look hopeful/i);
      const whatItIs = section(en, 'what-it-is').blocks.map((b) => (b.kind === 'text' ? b : undefined));
      const hopeful = whatItIs.findIndex((b) => b && /hopeful/.test(b.text) && b.sources.includes('article'));
      expect(hopeful, 'the article’s hopeful framing').to.be.greaterThan(-1);
      expect(whatItIs[hopeful + 1]?.sources, 'the evidence right after it').to.deep.equal(['cochrane-2025']);
    });

    it('states the 2019 review fully: against placebo, small, trials at high risk of bias', () => {
      const review = findingCiting(en, 'orhurhu-2019');
      expect(review.text)
        .to.match(/placebo/)
        .and.match(/small/)
        .and.match(/All but one of the trials had flaws/);
      expect(review.correction).to.match(/small effect/);
    });

    it('states the 2022 study fully: observational, no comparison group, 93 people at 12 months', () => {
      const study = findingCiting(en, 'corriger-2022');
      expect(study.text)
        .to.match(/observational/)
        .and.match(/no comparison group/)
        .and.match(/only 93 people/);
      expect(study.text).to.match(/35\.3%/);
    });

    it('phrases the fibromyalgia finding the way the abstract does', () => {
      const study = findingCiting(en, 'corriger-2022');
      expect(study.text).to.match(/The severe-pain group was mostly people with fibromyalgia/);
      expect(study.text).to.match(/The mild-pain group was mostly people with nerve pain/);
      expect(study.text).not.to.match(/most people with fibromyalgia/i);
      expect(study.correction).to.match(/nerve pain did better than people with fibromyalgia/);
    });

    it('attributes "higher doses work better" to the 2018 guidelines, not the 2022 study', () => {
      const dose = findingCiting(en, 'cohen-2018');
      expect(dose.sources).to.deep.equal(['cohen-2018']);
      expect(dose.text).to.match(/higher doses/);
      const study = findingCiting(en, 'corriger-2022');
      expect(study.text).not.to.match(/higher doses/);
      expect(study.correction).to.match(/did not compare doses/);
    });
  });

  describe('gives warnings the force of their sources', () => {
    const questions = section(en, 'questions').blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
    const guideline = (about: RegExp) => {
      const found = questions.find((i) => about.test(i.text));
      if (!found) throw new Error(`no guideline warning about ${about}`);
      expect(found.sources).to.deep.equal(['cohen-2018']);
      return found.text;
    };

    it('uses the guidelines’ own force for each contraindication', () => {
      expect(guideline(/heart/)).to.match(/should not be used/);
      expect(guideline(/psychosis/)).to.match(/should be avoided/);
      expect(guideline(/liver/)).to.match(/should be avoided with severe liver disease/);
      expect(guideline(/brain or eye/)).to.match(/should not be used, or only at lower doses with extreme care/);
      expect(guideline(/drug or alcohol/)).to.match(/should not have repeated infusions/);
      expect(guideline(/Pregnancy/)).to.match(/avoid/);
    });

    it('the checklist says the same with the same force', () => {
      const item = (id: string) => en.checklist.groups.flatMap((g) => g.items).find((i) => i.id === id)!;
      expect(item('heart-condition').why).to.match(/should not be used/);
      expect(item('eye-or-brain-pressure').why).to.match(/should not be used/);
      expect(item('liver-disease').why).to.match(/avoid/);
      expect(item('psychosis').why).to.match(/avoid/);
      expect(item('pregnancy').sources).to.include('cohen-2018');
    });

    it('shows reassurance without a source only as the article’s words, next to the evidence', () => {
      const soft = claimsWithoutCorrections(en).filter((c) => UNSOURCED_REASSURANCE.test(c.text));
      for (const claim of soft) {
        expect(claim.text, claim.where).to.match(SAYS_ARTICLE);
        expect(claim.sources, claim.where).to.include('article');
      }
      const safe = soft.find((c) => /well tolerated/.test(c.text))!;
      expect(safe.sources).to.include.members(['cochrane-2025', 'corriger-2022']);
      expect(allText(en)).not.to.match(/extra care|most people handle/i);
    });

    it('says ketamine is off-label for pain and a Schedule III controlled drug', () => {
      const text = allText(en);
      expect(text)
        .to.match(/off-label/)
        .and.match(/Schedule III/);
      const status = claimsCiting(en, 'dea-1999')[0]!;
      expect(status.text).to.match(/Schedule III/);
      expect(status.sources).to.include('fda-label');
    });

    it('words "not approved for psychiatric conditions" about ketamine, and names esketamine’s 2019 approval', () => {
      const claim = claimsCiting(en, 'fda-spravato-2019')[0]!;
      expect(claim.text).to.match(/has not approved ketamine for any mental health \(psychiatric\)/);
      expect(claim.text)
        .to.match(/esketamine \(Spravato\)/)
        .and.match(/2019/);
      expect(claim.sources).to.include.members(['fda-compounded-2023', 'spravato-label']);
    });

    it('lists the label’s common effects: emergence reactions, nausea and vomiting, double vision, drowsiness', () => {
      const text = section(en, 'side-effects')
        .blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []))
        .join('\n');
      expect(text)
        .to.match(/emergence reactions/)
        .and.match(/Nausea and vomiting/)
        .and.match(/Double vision/)
        .and.match(/drowsy/);
    });

    it('says not to drive or do anything risky for 24 hours, citing the source that says so', () => {
      const claim = section(en, 'side-effects').blocks.find((b) => b.kind === 'text' && /24 hours/.test(b.text));
      expect(claim?.kind === 'text' && claim.text).to.match(/Do not drive/);
      // Mayo Clinic's page says it; the stored US label was not seen to (docs/CONTENT.md).
      expect(claim?.kind === 'text' && claim.sources).to.deep.equal(['mayo-ketamine']);
      expect(en.checklist.groups.flatMap((g) => g.items).find((i) => i.id === 'driving')?.why).to.match(/24 hours/);
    });

    it('says the interaction figures come from ketamine taken by mouth, and that IV is likely less affected', () => {
      const finding =
        findings(en).find((f) => f.sources.includes('hagelberg-2010')) ??
        section(en, 'interactions').blocks.find((b) => b.kind === 'finding');
      expect(finding?.kind === 'finding' && finding.text).to.match(/by mouth/);
      const route = claimsCiting(en, 'peltoniemi-2012-rifampicin')[0]!;
      expect(route.text)
        .to.match(/by mouth/)
        .and.match(/likely smaller/)
        .and.match(/86%/)
        .and.match(/14%/);
      for (const id of ['clarithromycin', 'grapefruit-juice']) {
        expect(en.checklist.groups.flatMap((g) => g.items).find((i) => i.id === id)?.why, id).to.match(/by mouth/);
      }
    });
  });

  describe('sources every claim', () => {
    it('every source says what it is, when it was checked and how to find it', () => {
      for (const source of en.sources) {
        expect(source.kind, source.id).to.be.a('string');
        expect(source.checked, source.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.checked! <= en.meta.lastReviewed, `${source.id} checked before the review date`).to.equal(true);
        if (source.verified) expect(Boolean(source.pmid || source.doi || source.url || source.dailyMedSetId), source.id).to.equal(true);
      }
      const label = sourceById.get('fda-label')!;
      expect(label.dailyMedSetId).to.equal('b96a0a23-3ca0-4a92-bd8b-1e9921931772');
      expect(label.revised).to.equal('2026-04-16');
    });

    it('rests only a few named passages on the article alone, and each says so in its own words', () => {
      expect(articleOnlyPassages(en)).to.deep.equal(ARTICLE_ONLY_PASSAGES);
      for (const claim of articleOnly(en)) {
        if (claim.where.startsWith('checklist.') || claim.where.startsWith('choosing-a-clinic')) continue;
        const passage = claim.where.replace(/\.items\.\d+$/, '');
        const lead = shownClaims(en).filter((c) => c.where.startsWith(passage));
        expect(
          lead.some((c) => /\barticle\b/.test(c.text)),
          `${claim.where} says it is the article’s`,
        ).to.equal(true);
      }
    });

    it('says "the article" once for a passage, not under every paragraph', () => {
      const mentions = claimsWithoutCorrections(en).filter((c) => /\bthe article\b/i.test(c.text));
      expect(mentions.length).to.be.greaterThan(5);
      for (const claim of mentions) expect(claim.sources, claim.where).to.include('article');
      // A claim that cites the article alongside a checked source reads as the checked source says it.
      const citing = claimsCiting(en, 'article');
      expect(citing.length).to.be.lessThan(shownClaims(en).length / 2);
    });

    it('cites the checked sources exactly', () => {
      const ids = Object.fromEntries(en.sources.map((s) => [s.id, [s.doi, s.pmid]]));
      expect(ids['orhurhu-2019']).to.deep.equal(['10.1213/ANE.0000000000004185', '31082965']);
      expect(ids['corriger-2022']).to.deep.equal(['10.1097/j.pain.0000000000002403', '34252909']);
      expect(ids['cohen-2018']).to.deep.equal(['10.1097/AAP.0000000000000808', '29870458']);
      expect(ids['hagelberg-2010']).to.deep.equal(['10.1016/j.ejpain.2009.10.003', '19897389']);
      expect(ids['peltoniemi-2012']).to.deep.equal(['10.1007/s00228-012-1214-9', '22286159']);
      expect(ids['pickering-2020']![0]).to.equal('10.1097/ALN.0000000000003345');
      expect(sourceById.get('cohen-2018')?.title).to.match(
        /^Consensus Guidelines on the Use of Intravenous Ketamine Infusions for Chronic Pain From the American Society/,
      );
      expect(en.sources.filter((s) => !s.verified).map((s) => s.id)).to.deep.equal(['article', 'editorial']);
    });
  });

  describe('gives a dose figure no clinic would question', () => {
    const dose = en.dose;
    const totalFor = (text: string) => {
      const assessed = assessWeight(enterWeight(text, 'kg'), dose);
      if (!assessed.ok) return undefined;
      const capped = cappedDoseRange(assessed.kg, dose);
      return capped.ok ? capped.range : undefined;
    };

    it('computes no total for 25 kg or 300 kg', () => {
      expect(totalFor('25')).to.equal(undefined);
      expect(totalFor('300')).to.equal(undefined);
      expect(totalFor('70')).to.include({ minMg: 35, maxMg: 140 });
    });

    it('sets its weight bounds with a source, and never shows more than 2 mg per kg at the top bound', () => {
      expect(dose.limitSources).to.deep.equal(['editorial']);
      expect(sourceById.get('editorial')?.kind).to.equal('editorial');
      expect(showableMaxMg(dose)).to.equal(300);
    });

    it('rests the per-kg range on the 2018 guidelines and the article, and says the guideline gives it per hour', () => {
      expect(dose).to.include({ mgPerKgMin: 0.5, mgPerKgMax: 2, durationMinutes: 60 });
      expect(dose.sources).to.deep.equal(['cohen-2018', 'article']);
      const note = dose.notes.find((n) => n.sources.includes('cohen-2018') && /hourly rate/.test(n.text));
      expect(note?.text)
        .to.match(/weak evidence/)
        .and.match(/80 mg/);
    });

    it('says nothing about dosing on an adjusted or ideal weight, which no checked source supports', () => {
      expect(allText(en)).not.to.match(/ideal (body )?weight|adjusted (body )?weight|lean body/i);
    });
  });

  it('sets a next review date after the last review, within 18 months', () => {
    expect(en.meta.nextReview > en.meta.lastReviewed).to.equal(true);
    const months = (Date.parse(en.meta.nextReview) - Date.parse(en.meta.lastReviewed)) / (30.44 * 24 * 3600 * 1000);
    expect(months).to.be.within(1, 18);
  });

  it('fits its size budget: at most 28,000 characters minified', () => {
    expect(JSON.stringify(json).length).to.be.at.most(28_000);
  });
});
