import { expect } from '@open-wc/testing';
import { BundledDatasetSchema, DatasetSchema, issuePath, type Dataset } from '../../src/data/schema.js';
import enJson from '../../src/data/ketamine.en.json';
import esJson from '../../src/data/ketamine.es.json';
import { readerStrings } from '../helpers/readability.js';
import { shownClaims, type ShownClaim } from '../helpers/claims.js';
import { allText, articleOnlyPassages, claimsCiting, findingCiting, section } from '../helpers/content.js';

// Typed as the schema describes them; the first test checks that the Spanish one really is.
const en = enJson as unknown as Dataset;
const es = esJson as unknown as Dataset;

/** One reader-facing string of each language, at the same place in the two datasets. */
interface Pair {
  where: string;
  en: string;
  es: string;
}

/** Every string a reader sees, paired with its English counterpart, plus the translated source labels. */
function pairs(): Pair[] {
  const out: Pair[] = [];
  const add = (where: string, a: string | undefined, b: string | undefined) => out.push({ where, en: a ?? '', es: b ?? '' });
  add('meta.disclaimer', en.meta.disclaimer, es.meta.disclaimer);
  en.sources.forEach((s, i) => add(`sources.${s.id}.short`, s.short, es.sources[i]?.short));
  en.sections.forEach((section, s) => {
    const other = es.sections[s]!;
    add(`${section.id}.title`, section.title, other.title);
    section.blocks.forEach((block, b) => {
      const twin = other.blocks[b]!;
      const at = `${section.id}.blocks.${b}`;
      if (block.kind === 'list' && twin.kind === 'list') {
        if (block.lead) add(`${at}.lead`, block.lead, twin.lead);
        block.items.forEach((item, i) => add(`${at}.items.${i}`, item.text, twin.items[i]?.text));
      } else if (block.kind === 'finding' && twin.kind === 'finding') {
        add(`${at}.title`, block.title, twin.title);
        add(`${at}.text`, block.text, twin.text);
        if (block.correction) add(`${at}.correction`, block.correction, twin.correction);
      } else if (block.kind === 'text' && twin.kind === 'text') {
        add(`${at}.text`, block.text, twin.text);
      }
    });
  });
  add('dose.route', en.dose.route, es.dose.route);
  en.dose.notes.forEach((n, i) => add(`dose.notes.${i}`, n.text, es.dose.notes[i]?.text));
  en.checklist.groups.forEach((group, g) => {
    const other = es.checklist.groups[g]!;
    add(`checklist.${group.id}.title`, group.title, other.title);
    group.items.forEach((item, i) => {
      const twin = other.items[i]!;
      add(`checklist.${item.id}.label`, item.label, twin.label);
      add(`checklist.${item.id}.why`, item.why, twin.why);
      add(`checklist.${item.id}.question`, item.question, twin.question);
    });
  });
  en.checklist.generalQuestions.forEach((q, i) => add(`checklist.generalQuestions.${i}`, q.text, es.checklist.generalQuestions[i]?.text));
  return out;
}

/** A claim as a dataset shows it: its text (with the lead of its list), and its sources. */

/** Numbers as a string shows them: "2,309", "0.5", "35.3". */
const numbers = (text: string) => [...new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? [])].sort();
/** A decimal comma ("0,5"), which US Spanish does not use; "2,309" is a thousands separator. */
const DECIMAL_COMMA = /\d,\d{1,2}(?!\d)/;

/** A string a translation may leave as it is: nothing but names, acronyms, numbers and punctuation. */
const onlyNamesAndNumbers = (text: string) => text.replace(/\p{Lu}[\p{L}-]*|\d[\d.,%]*|[^\p{L}\d]+/gu, '') === '';

/** Common English words that have no place in Spanish prose. */
const ENGLISH_WORDS = /(?<!\p{L})(?:the|and|with|of|for|to|is|are|your|you|this|that|not|from|may|can)(?!\p{L})/iu;
/** Familiar (tú) forms; the content speaks to patients as usted. */
const TU_FORMS = /(?<!\p{L})(?:tú|tu|tus|contigo|tienes|puedes|debes|hablas|sientes|tomas)(?!\p{L})/iu;

/** "el artículo"; not "Algunos artículos dicen", which introduces a correction. */
const MENTIONS_ARTICLE = /(?<!\p{L})artículo(?!\p{L})/iu;
const EN_MENTIONS_ARTICLE = /\barticle\b/i;

describe('Spanish dataset (ketamine.es.json)', () => {
  it('satisfies DatasetSchema and the stricter rules for bundled content', () => {
    for (const schema of [DatasetSchema, BundledDatasetSchema]) {
      const result = schema.safeParse(esJson);
      const issues = result.success ? [] : result.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
      expect(issues, `schema issues:\n${issues.join('\n')}`).to.deep.equal([]);
    }
  });

  it('is the Spanish dataset, reviewed with the English one, with no clinic override', () => {
    expect(es.meta.locale).to.equal('es');
    expect(es.meta.lastReviewed).to.equal(en.meta.lastReviewed);
    expect(es.meta.nextReview).to.equal(en.meta.nextReview);
    expect(Object.keys(esJson)).to.deep.equal(Object.keys(enJson));
    expect(Object.keys(esJson)[0]).to.equal('$schema');
    expect((esJson as { $schema?: string }).$schema).to.equal((enJson as { $schema?: string }).$schema);
    expect(es).not.to.have.property('clinic');
  });

  describe('has the structure of the English dataset', () => {
    it('the same sections, in the same order', () => {
      expect(es.sections.map((s) => s.id)).to.deep.equal(en.sections.map((s) => s.id));
    });

    it('the same blocks in each section: kind, list lead, item count and correction, in order', () => {
      const shape = (d: Dataset) =>
        d.sections.map((s) =>
          s.blocks.map((b) =>
            b.kind === 'list'
              ? `list lead=${b.lead !== undefined} items=${b.items.length}`
              : b.kind === 'finding'
                ? `finding correction=${b.correction !== undefined}`
                : 'text',
          ),
        );
      expect(shape(es)).to.deep.equal(shape(en));
    });

    it('the same sources behind every claim', () => {
      const cited = (d: Dataset) => shownClaims(d).map((c) => `${c.where}: ${c.sources.join(', ')}`);
      const english = cited(en);
      const differ = cited(es).filter((line, i) => line !== english[i]);
      expect(differ, 'claims whose sources differ from the English').to.deep.equal([]);
      expect(cited(es)).to.have.length(english.length);
    });

    it('the same sources, cited exactly as in English', () => {
      expect(es.sources.map((s) => s.id)).to.deep.equal(en.sources.map((s) => s.id));
      en.sources.forEach((source, i) => {
        const twin = es.sources[i]!;
        for (const key of [
          'kind',
          'authors',
          'year',
          'details',
          'doi',
          'pmid',
          'url',
          'dailyMedSetId',
          'revised',
          'checked',
          'verified',
        ] as const) {
          expect(twin[key], `${source.id}.${key}`).to.equal(source[key]);
        }
        // Citations keep their original titles; only the consumer article is described in Spanish.
        if (source.verified) {
          expect(twin.title, `${source.id}.title`).to.equal(source.title);
          expect(twin.publisher, `${source.id}.publisher`).to.equal(source.publisher);
        } else {
          expect(twin.title, `${source.id}.title`).not.to.equal(source.title);
          expect(twin.publisher, `${source.id}.publisher`).not.to.equal(source.publisher);
        }
      });
    });

    it('the same checklist groups and items, in order', () => {
      const ids = (d: Dataset) => d.checklist.groups.map((g) => [g.id, ...g.items.map((i) => i.id)]);
      expect(ids(es)).to.deep.equal(ids(en));
      expect(es.checklist.generalQuestions).to.have.length(en.checklist.generalQuestions.length);
    });

    it('the same dose numbers and weight bounds', () => {
      const numbersOf = ({ mgPerKgMin, mgPerKgMax, durationMinutes, weightKgMin, weightKgMax, maxTotalMg }: Dataset['dose']) => ({
        mgPerKgMin,
        mgPerKgMax,
        durationMinutes,
        weightKgMin,
        weightKgMax,
        maxTotalMg,
      });
      expect(numbersOf(es.dose)).to.deep.equal(numbersOf(en.dose));
      expect(es.dose.sources).to.deep.equal(en.dose.sources);
      expect(es.dose.limitSources).to.deep.equal(en.dose.limitSources);
      expect(es.dose.notes).to.have.length(en.dose.notes.length);
    });
  });

  describe('is a complete translation', () => {
    const all = pairs();

    it('shows the reader as many strings as the English', () => {
      expect(readerStrings(es)).to.have.length(readerStrings(en).length);
      expect(
        all.every((p) => p.es.length > 0),
        'a Spanish string is missing',
      ).to.equal(true);
    });

    it('leaves no string in English, except names and numbers', () => {
      const same = all.filter((p) => p.es === p.en && !onlyNamesAndNumbers(p.en)).map((p) => p.where);
      expect(same, `untranslated: ${same.join(', ')}`).to.deep.equal([]);
    });

    it('has no English words in reader-facing text', () => {
      const source = es.sources.find((s) => !s.verified)!;
      const strings = [...readerStrings(es), ...es.sources.map((s) => s.short), source.title, source.publisher];
      const english = strings.filter((s) => ENGLISH_WORDS.test(s));
      expect(english, 'strings with English words').to.deep.equal([]);
    });

    it('speaks to the reader as usted, never tú', () => {
      const familiar = readerStrings(es).filter((s) => TU_FORMS.test(s));
      expect(familiar).to.deep.equal([]);
    });

    it('keeps every number of each string, written as US Spanish writes them (0.5, 2,309)', () => {
      const changed = all.filter((p) => numbers(p.es).join(' ') !== numbers(p.en).join(' '));
      expect(
        changed.map((p) => `${p.where}: ${numbers(p.en).join(' ')} → ${numbers(p.es).join(' ')}`),
        'numbers that differ from the English',
      ).to.deep.equal([]);
      const commas = readerStrings(es).filter((s) => DECIMAL_COMMA.test(s));
      expect(commas, 'decimal commas in Spanish prose').to.deep.equal([]);
    });
  });

  describe('says what the English says, with the same force', () => {
    const claims = shownClaims(es);

    it('rests the same passages on the article alone', () => {
      expect(articleOnlyPassages(es)).to.deep.equal(articleOnlyPassages(en));
    });

    it('mentions the article in exactly the claims the English does, and nowhere else', () => {
      const flagged = (list: ShownClaim[], pattern: RegExp) => list.filter((c) => pattern.test(c.text)).map((c) => c.where);
      const spanish = flagged(claims, MENTIONS_ARTICLE);
      const english = flagged(shownClaims(en), EN_MENTIONS_ARTICLE);
      expect(
        spanish.filter((w) => !english.includes(w)),
        'mention the article only in Spanish',
      ).to.deep.equal([]);
      expect(
        english.filter((w) => !spanish.includes(w)),
        'mention the article only in English',
      ).to.deep.equal([]);
    });

    it('leads with the 2025 review, with its certainty', () => {
      const first = section(es, 'research').blocks[0]!;
      expect(first.kind === 'finding' && first.sources).to.deep.equal(['cochrane-2025']);
      const review = findingCiting(es, 'cochrane-2025');
      expect(review.text)
        .to.match(/67 ensayos/)
        .and.match(/2,309 adultos/)
        .and.match(/la ketamina y otros 4 medicamentos que también bloquean los receptores NMDA/)
        .and.match(/certeza muy baja/)
        .and.match(/unas 3 veces/);
      expect(review.title).not.to.match(/67/);
    });

    it('ranks no study as the largest or strongest, and says "most" of the 2019 trials were flawed', () => {
      expect(allText(es)).not.to.match(/más grande|más sólida|hasta ahora/i);
      expect(findingCiting(es, 'orhurhu-2019').correction).to.match(/ensayos que en su mayoría tenían fallas/);
    });

    it('phrases the fibromyalgia finding as the abstract does, and the study as observational', () => {
      const study = findingCiting(es, 'corriger-2022');
      expect(study.text).to.match(/El grupo de dolor fuerte era sobre todo de personas con fibromialgia/);
      expect(study.text)
        .to.match(/estudio de observación/)
        .and.match(/sin un grupo con el que comparar/)
        .and.match(/solo 93 personas/);
    });

    it('keeps the guidelines’ force: "no se debe usar", "se debe evitar"', () => {
      const items = section(es, 'questions').blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
      expect(items.find((t) => /corazón/.test(t))).to.match(/no se debe usar/);
      expect(items.find((t) => /psicosis/.test(t))).to.match(/Se debe evitar/);
      expect(items.find((t) => /cerebro o del ojo/.test(t))).to.match(/no se debe usar/);
      const soft = claims.filter((c) => /cuidado extra|tener cuidado|parece segura|el riesgo es bajo/i.test(c.text));
      for (const c of soft) expect(c.text, c.where).to.match(MENTIONS_ARTICLE);
    });

    it('says off-label, Schedule III, esketamine 2019, the label’s effects, 24 hours and "by mouth"', () => {
      const text = claims.map((c) => c.text).join('\n');
      expect(text)
        .to.match(/fuera de etiqueta/)
        .and.match(/Lista III/)
        .and.match(/esketamina \(Spravato\)/);
      expect(text)
        .to.match(/reacciones al despertar/)
        .and.match(/Náuseas y vómitos/)
        .and.match(/Visión doble/)
        .and.match(/24 horas/);
      expect(claimsCiting(es, 'peltoniemi-2012-rifampicin')[0]!.text).to.match(/por la boca/);
    });

    it('explains medical terms in plain words: AINE, ensayos, CYP3A4', () => {
      const text = claims.map((c) => c.text).join('\n');
      expect(text).to.match(/antiinflamatorios \(AINE\), que son analgésicos/);
      expect(text).to.match(/ensayos \(estudios que comparan tratamientos\)/);
      expect(text).to.match(/una enzima del hígado llamada CYP3A4\. \(Una enzima es una proteína/);
    });
  });
});
