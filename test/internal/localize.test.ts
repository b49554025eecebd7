import { expect } from '@open-wc/testing';
import { format, formatDate, formatNumber, formatToday, loadStrings, localize, plural, stringTable } from '../../src/internal/localize.js';
import enData from '../../src/data/ketamine.en.json';
import esData from '../../src/data/ketamine.es.json';
import { commonStrings } from '../../src/internal/strings.js';
import { factsStrings } from '../../src/components/ketamine-facts/ketamine-facts.strings.js';
import { doseStrings } from '../../src/components/dose-range/dose-range.strings.js';
import { checklistStrings } from '../../src/components/risk-checklist/risk-checklist.strings.js';
import { loadLanguage } from '../../src/internal/language.js';

// A table of this test's own, with a loader the test controls.
let answer: Promise<Partial<Record<string, string>>> = Promise.resolve({ hello: 'Hola', count: '', nope: 'x' });
let loads = 0;
const table = stringTable(
  'test',
  { hello: 'Hello', bye: 'Goodbye', count: '{n} items' },
  {
    es: () => {
      loads++;
      return answer;
    },
  },
);

describe('localize', () => {
  it('gives English as it is, with nothing to load', () => {
    expect(localize(table, 'en')).to.equal(table.en);
    expect(loadStrings(table, 'en')).to.equal(undefined);
  });

  it('gives English until the language has loaded, then the translation', async () => {
    answer = Promise.reject(new Error('offline'));
    let failed: unknown;
    await loadStrings(table, 'es')!.catch((e: unknown) => (failed = e));
    expect(failed, 'a failed load rejects').to.be.instanceOf(Error);
    expect(localize(table, 'es'), 'English after a failed load').to.equal(table.en);
    answer = Promise.resolve({ hello: 'Hola', count: '', nope: 'x' });
    const pending = loadStrings(table, 'es');
    expect(pending, 'retried after the failure').to.be.instanceOf(Promise);
    expect(localize(table, 'es'), 'English while loading').to.equal(table.en);
    await pending;
    expect(localize(table, 'es').hello).to.equal('Hola');
    expect(loadStrings(table, 'es'), 'nothing left to load').to.equal(undefined);
    expect(loads).to.equal(2);
  });

  it('takes a missing or empty translation from English, never a key name, and drops unknown keys', () => {
    const es = localize(table, 'es');
    expect(es.bye).to.equal('Goodbye');
    expect(es.count).to.equal('{n} items');
    expect(Object.keys(es).sort()).to.deep.equal(['bye', 'count', 'hello']);
  });

  it('merges once per table and language', () => {
    expect(localize(table, 'es')).to.equal(localize(table, 'es'));
  });

  it('loads a language: its content and the strings of the tables asked for, with the common ones', async () => {
    const data = await loadLanguage('es', [factsStrings]);
    expect(data.meta.locale).to.equal('es');
    expect(localize(commonStrings, 'es').sources).to.equal('Fuentes');
    expect(localize(factsStrings, 'es').openAll).to.not.equal(factsStrings.en.openAll);
    // Once here, the language is given at once.
    expect(loadLanguage('es', [factsStrings])).to.not.be.instanceOf(Promise);
  });
});

describe('the Spanish translations', () => {
  const tables = [commonStrings, factsStrings, doseStrings, checklistStrings];

  for (const t of tables) {
    it(`translate every ${t.id} string, keeping its placeholders`, async () => {
      const es = await t.load.es();
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(es).sort()).to.deep.equal(Object.keys(t.en).sort());
      for (const [key, english] of Object.entries<string>(t.en)) {
        expect(es[key], key).to.be.a('string').with.length.above(0);
        expect(placeholders(es[key]!), key).to.deep.equal(placeholders(english));
      }
    });
  }
});

describe('format and plural', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
  });

  it('chooses the singular or plural form by the language rules', () => {
    const forms = { one: '{n} thing', other: '{n} things' };
    expect(plural('en', 1, forms)).to.equal('1 thing');
    expect(plural('en', 0, forms)).to.equal('0 things');
    expect(plural('en', 1200, forms)).to.equal('1,200 things');
    expect(plural('es', 1200, { one: '{n} cosa', other: '{n} cosas' })).to.match(/^1\.?200 cosas$/);
  });

  it('formats an ISO date in the reader’s language without shifting the day', () => {
    expect(formatDate('2026-11-25', 'en')).to.equal('November 25, 2026');
    expect(formatDate('2026-01-01', 'es')).to.equal('1 de enero de 2026');
  });

  // en-US, es-US, en and es are written out without Intl (localize.ts): they must match it word for word.
  const intl = (iso: string, locale: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  };
  const contentDates = (data: { meta: { lastReviewed: string; nextReview: string }; sources: { checked?: string }[] }) => [
    data.meta.lastReviewed,
    data.meta.nextReview,
    ...data.sources.flatMap((source) => (source.checked ? [source.checked] : [])),
  ];
  const everyMonth = Array.from({ length: 12 }, (_, i) => [
    `2026-${String(i + 1).padStart(2, '0')}-01`,
    `2027-${String(i + 1).padStart(2, '0')}-28`,
  ]).flat();

  for (const locale of ['en-US', 'es-US', 'en', 'es']) {
    it(`writes ${locale} dates exactly as Intl.DateTimeFormat does: every date in the content, every month`, () => {
      const dates = [...contentDates(enData), ...contentDates(esData), ...everyMonth, '2026-12-31', '2000-02-29'];
      for (const iso of dates) expect(formatDate(iso, locale), iso).to.equal(intl(iso, locale));
    });

    it(`writes today's date in ${locale} as Intl.DateTimeFormat does, in the reader's time zone`, () => {
      const expected = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
      // At midnight the two calls could straddle the day: the later one is then the expected one.
      const written = formatToday(locale);
      const again = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
      expect([expected, again]).to.include(written);
    });
  }

  // Numbers and plurals are written out for the same tags: word for word as Intl writes them.
  const written = ['en', 'en-US', 'es-US', 'es'];
  // Every weight a reader can type to a tenth, the dose figures at 1 to 3 decimals, halves at
  // each rounding position (1.005, 2.675: where toFixed and Intl differ), and large numbers.
  const numbers = [
    ...Array.from({ length: 3001 }, (_, i) => i / 10),
    ...Array.from({ length: 2000 }, (_, i) => (i * 7) / 1000),
    ...[
      0.0005, 0.005, 0.05, 0.5, 1.005, 2.675, 1.0005, 9.995, 99.995, 999.9995, 0.9995, 19.999, 1e-7, 123456.789, 1234567.891, 999999.9999,
    ],
    ...[999, 1000, 1001, 9999, 10000, 12345, 99999, 100000, 1000000, 2 ** 31],
  ];

  for (const locale of written) {
    it(`writes numbers in ${locale} exactly as Intl.NumberFormat does (0 to 3 decimals, with and without grouping)`, () => {
      for (const digits of [0, 1, 2, 3]) {
        for (const grouping of [true, false]) {
          const nf = new Intl.NumberFormat(
            locale,
            grouping ? { maximumFractionDigits: digits } : { maximumFractionDigits: digits, useGrouping: false },
          );
          const wrong = numbers.filter((n) => formatNumber(n, locale, digits, grouping) !== nf.format(n));
          expect(
            wrong.map((n) => `${n}: ${formatNumber(n, locale, digits, grouping)} ≠ ${nf.format(n)}`),
            `${digits} decimals, grouping ${grouping}`,
          ).to.deep.equal([]);
        }
      }
    });
  }

  it('picks plural forms as Intl.PluralRules does for whole numbers, and writes the count as Intl does', () => {
    const forms = { one: 'one {n}', other: 'other {n}' };
    for (const locale of ['en', 'es'] as const) {
      const rules = new Intl.PluralRules(locale);
      const nf = new Intl.NumberFormat(locale);
      for (const n of [0, 1, 2, 5, 11, 21, 100, 1000, 12000, 1000000]) {
        const rule = rules.select(n) === 'one' ? 'one' : 'other';
        expect(plural(locale, n, forms), `${locale} ${n}`).to.equal(`${rule} ${nf.format(n)}`);
      }
    }
  });

  it('leaves other regions to Intl ("en-GB": day first)', () => {
    expect(formatNumber(1234.5, 'es-ES', 1)).to.equal(new Intl.NumberFormat('es-ES', { maximumFractionDigits: 1 }).format(1234.5));
    expect(formatDate('2026-12-02', 'en-GB')).to.equal(intl('2026-12-02', 'en-GB'));
    expect(formatDate('2026-12-02', 'es-ES')).to.equal(intl('2026-12-02', 'es-ES'));
  });
});
