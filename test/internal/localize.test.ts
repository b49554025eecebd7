import { expect } from '@open-wc/testing';
import { format, formatDate, localize, plural, type StringTable } from '../../src/internal/localize.js';
import { commonStrings } from '../../src/internal/strings.js';

const table: StringTable<'hello' | 'bye' | 'count'> = {
  en: { hello: 'Hello', bye: 'Goodbye', count: '{n} items' },
  es: { hello: 'Hola', count: '' },
};

describe('localize', () => {
  it('gives English as it is', () => {
    expect(localize(table, 'en')).to.equal(table.en);
  });

  it('takes a missing or empty translation from English, never a key name', () => {
    const es = localize(table, 'es');
    expect(es.hello).to.equal('Hola');
    expect(es.bye).to.equal('Goodbye');
    expect(es.count).to.equal('{n} items');
  });

  it('merges once per table and language', () => {
    expect(localize(table, 'es')).to.equal(localize(table, 'es'));
  });

  it('has every common string in Spanish', () => {
    expect(Object.keys(commonStrings.es).sort()).to.deep.equal(Object.keys(commonStrings.en).sort());
  });
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
