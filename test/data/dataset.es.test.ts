import { expect } from '@open-wc/testing';
import { DatasetSchema, issuePath, type Dataset } from '../../src/data/schema.js';
import enJson from '../../src/data/ketamine.en.json';
import esJson from '../../src/data/ketamine.es.json';
import { readerStrings } from '../helpers/readability.js';
import { shownClaims, type ShownClaim } from '../helpers/claims.js';

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

/** Numbers as a string shows them, with the decimal comma of Spanish: "0.5" and "0,5" both give "0,5". */
const numbers = (text: string) => [...new Set(text.match(/\d+(?:[.,]\d+)?/g) ?? [])].map((n) => n.replace('.', ',')).sort();

/** A string a translation may leave as it is: nothing but names, acronyms, numbers and punctuation. */
const onlyNamesAndNumbers = (text: string) => text.replace(/\p{Lu}[\p{L}-]*|\d[\d.,%]*|[^\p{L}\d]+/gu, '') === '';

/** Common English words that have no place in Spanish prose. */
const ENGLISH_WORDS = /(?<!\p{L})(?:the|and|with|of|for|to|is|are|your|you|this|that|not|from|may|can)(?!\p{L})/iu;
/** Familiar (tú) forms; the content speaks to patients as usted. */
const TU_FORMS = /(?<!\p{L})(?:tú|tu|tus|contigo|tienes|puedes|debes|hablas|sientes|tomas)(?!\p{L})/iu;

/** The three kinds of claims SOURCES.md lists as "Not verified", as the Spanish text words them. */
const UNCHECKED_KINDS: [kind: string, about: RegExp][] = [
  ['el rango de 0,5 a 2 mg por kilo en 1 hora', /0,5 a 2 (?:mg|miligramos)/],
  ['la revisión de 2021 sobre la hiperalgesia por opioides', /2021|hiperalgesia/iu],
  ['los mecanismos: receptores opioides, canales de sodio y potasio, GABA', /receptores opioides|sodio y (?:de )?potasio|GABA/u],
];
/** "el artículo"; not "Algunos artículos dicen", which introduces a correction. */
const MENTIONS_ARTICLE = /(?<!\p{L})artículo(?!\p{L})/iu;
const SAYS_UNCHECKED = /no se comprob(?:ó|aron)|no (?:pudimos|logramos) (?:comprobar|encontrar)|sin comprobar/iu;
const EN_MENTIONS_ARTICLE = /\barticle\b/i;

describe('Spanish dataset (ketamine.es.json)', () => {
  it('satisfies DatasetSchema', () => {
    const result = DatasetSchema.safeParse(esJson);
    const issues = result.success ? [] : result.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
    expect(issues, `schema issues:\n${issues.join('\n')}`).to.deep.equal([]);
    expect(result.success).to.equal(true);
  });

  it('is the Spanish dataset, reviewed with the English one, with no clinic override', () => {
    expect(es.meta.locale).to.equal('es');
    expect(es.meta.lastReviewed).to.equal(en.meta.lastReviewed);
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
        for (const key of ['authors', 'year', 'details', 'doi', 'pmid', 'url', 'verified'] as const) {
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
      const numbersOf = ({ mgPerKgMin, mgPerKgMax, durationMinutes, weightKgMin, weightKgMax }: Dataset['dose']) => ({
        mgPerKgMin,
        mgPerKgMax,
        durationMinutes,
        weightKgMin,
        weightKgMax,
      });
      expect(numbersOf(es.dose)).to.deep.equal(numbersOf(en.dose));
      expect(es.dose.sources).to.deep.equal(en.dose.sources);
      expect(es.dose.notes).to.have.length(en.dose.notes.length);
    });
  });

  describe('is a complete translation', () => {
    const all = pairs();

    it('shows the reader as many strings as the English', () => {
      expect(readerStrings(es)).to.have.length(readerStrings(en).length);
      expect(all.every((p) => p.es.length > 0), 'a Spanish string is missing').to.equal(true);
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

    it('keeps every number of each string, with a decimal comma', () => {
      const changed = all.filter((p) => numbers(p.es).join(' ') !== numbers(p.en).join(' '));
      expect(
        changed.map((p) => `${p.where}: ${numbers(p.en).join(' ')} → ${numbers(p.es).join(' ')}`),
        'numbers that differ from the English',
      ).to.deep.equal([]);
      const dotted = readerStrings(es).filter((s) => /\d\.\d/.test(s));
      expect(dotted, 'decimal points in Spanish prose').to.deep.equal([]);
    });
  });

  describe('flags only what SOURCES.md lists as not verified, as the English does', () => {
    const claims = shownClaims(es);
    const unverified = new Set(es.sources.filter((s) => !s.verified).map((s) => s.id));

    for (const [kind, about] of UNCHECKED_KINDS) {
      it(`dice que ${kind} viene del artículo y no se comprobó`, () => {
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
      const flagging = es.dose.notes.filter((n) => MENTIONS_ARTICLE.test(n.text) && SAYS_UNCHECKED.test(n.text));
      expect(flagging, 'dose notes that flag the range').to.have.length(1);
    });

    it('mentions the article in exactly the claims the English does, and nowhere else', () => {
      const flagged = (list: ShownClaim[], pattern: RegExp) => list.filter((c) => pattern.test(c.text)).map((c) => c.where);
      const spanish = flagged(claims, MENTIONS_ARTICLE);
      const english = flagged(shownClaims(en), EN_MENTIONS_ARTICLE);
      expect(spanish.filter((w) => !english.includes(w)), 'mention the article only in Spanish').to.deep.equal([]);
      expect(english.filter((w) => !spanish.includes(w)), 'mention the article only in English').to.deep.equal([]);
      const unchecked = claims.filter((c) => SAYS_UNCHECKED.test(c.text) && !MENTIONS_ARTICLE.test(c.text)).map((c) => c.where);
      expect(unchecked, 'claims saying "not checked" without naming the article').to.deep.equal([]);
    });
  });
});
