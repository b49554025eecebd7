import { expect } from '@open-wc/testing';
import { addTranslations, format, formatDate, localize, plural, type StringTable } from '../../src/internal/localize.js';
import { commonStrings } from '../../src/internal/strings.js';
import { factsStrings } from '../../src/components/ketamine-facts/ketamine-facts.strings.js';
import { doseStrings } from '../../src/components/dose-range/dose-range.strings.js';
import { strings as checklistStrings } from '../../src/components/risk-checklist/risk-checklist.strings.js';
import { bundledDataset } from '../../src/data/dataset.js';
import * as esBundle from '../../src/data/ketamine.es.js';

// A table of this test's own, so registering its translation touches nothing else.
const table: StringTable<'hello' | 'bye' | 'count'> = { id: 'test', en: { hello: 'Hello', bye: 'Goodbye', count: '{n} items' } };

describe('localize', () => {
  it('gives English as it is', () => {
    expect(localize(table, 'en')).to.equal(table.en);
  });

  it('gives English until the language has arrived, then the translation', () => {
    expect(localize(table, 'es')).to.equal(table.en);
    addTranslations('es', { ...esBundle.strings, test: { hello: 'Hola', count: '' } });
    expect(localize(table, 'es').hello).to.equal('Hola');
  });

  it('takes a missing or empty translation from English, never a key name', () => {
    const es = localize(table, 'es');
    expect(es.bye).to.equal('Goodbye');
    expect(es.count).to.equal('{n} items');
  });

  it('merges once per table and language', () => {
    expect(localize(table, 'es')).to.equal(localize(table, 'es'));
  });

  it('gets the Spanish strings from the Spanish bundle, not from the drop-in', async () => {
    await bundledDataset('es');
    expect(localize(commonStrings, 'es').sources).to.equal('Fuentes');
  });
});

describe('the Spanish bundle', () => {
  const tables = [commonStrings, factsStrings, doseStrings, checklistStrings];

  it('has one translation for each string table, by id, and no other', () => {
    expect(Object.keys(esBundle.strings).sort()).to.deep.equal(tables.map((t) => t.id).sort());
  });

  for (const t of tables) {
    it(`translates every ${t.id} string, keeping its placeholders`, () => {
      const es = esBundle.strings[t.id]!;
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(es).sort()).to.deep.equal(Object.keys(t.en).sort());
      for (const [key, english] of Object.entries(t.en)) {
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
});
