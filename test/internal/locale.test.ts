import { expect, fixture, html } from '@open-wc/testing';
import { hasContentFor, intlLocale, observeLang, resolveLangTag, resolveLocale, toLocale } from '../../src/internal/locale.js';

describe('toLocale', () => {
  const cases: [string | null | undefined, string][] = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    [' en-GB ', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${locale}`, () => expect(toLocale(tag)).to.equal(locale));
  }
});

describe('hasContentFor', () => {
  const cases: [string, boolean][] = [
    ['en', true],
    [' EN-gb ', true],
    ['en_US', true],
    ['es', true],
    ['es-419', true],
    ['ES_mx', true],
    ['fr', false],
    ['eng', false],
    ['english', false],
    ['', false],
  ];
  for (const [tag, has] of cases) {
    it(`${JSON.stringify(tag)}: ${has}`, () => expect(hasContentFor(tag)).to.equal(has));
  }
});

describe('resolveLocale', () => {
  it('uses the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="en"><span lang="es-419"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('es');
  });

  it('uses the nearest ancestor’s lang', async () => {
    const el = await fixture(html`<section lang="es"><div><span></span></div></section>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('es');
  });

  it('crosses shadow roots to the host’s language', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLocale(inner)).to.equal('es');
  });

  it('falls back to the page’s language, then English', async () => {
    const el = await fixture(html`<span></span>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(el)).to.equal('en');
      document.documentElement.setAttribute('lang', 'es');
      expect(resolveLocale(el)).to.equal('es');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });
});

describe('intlLocale (how numbers and dates are written)', () => {
  const cases: [string | null | undefined, 'en' | 'es', string, string][] = [
    ['es', 'es', 'es-US', '0.5'],
    ['es-US', 'es', 'es-US', '0.5'],
    ['es-MX', 'es', 'es-MX', '0.5'],
    ['es-ES', 'es', 'es-ES', '0,5'],
    ['es_ES', 'es', 'es-ES', '0,5'],
    ['en', 'en', 'en-US', '0.5'],
    ['en-GB', 'en', 'en-GB', '0.5'],
    ['fr-FR', 'en', 'en-US', '0.5'],
    ['es-', 'es', 'es-US', '0.5'],
    ['', 'en', 'en-US', '0.5'],
    [null, 'es', 'es-US', '0.5'],
  ];
  for (const [tag, locale, expected, half] of cases) {
    it(`formats ${JSON.stringify(tag)} content (${locale}) as ${expected}: ${half}`, () => {
      const intl = intlLocale(tag, locale);
      expect(intl).to.equal(expected);
      expect(new Intl.NumberFormat(intl).format(0.5)).to.equal(half);
    });
  }

  it('reads the regional tag that applies, own or inherited', async () => {
    const el = await fixture(html`<div lang="es-ES"><span></span><b lang="es-MX"></b></div>`);
    expect(resolveLangTag(el.querySelector('span')!)).to.equal('es-ES');
    expect(resolveLangTag(el.querySelector('b')!)).to.equal('es-MX');
  });
});

describe('observeLang', () => {
  it('tells listeners when any lang attribute changes, until they stop listening', async () => {
    const el = await fixture(html`<div lang="en"></div>`);
    let calls = 0;
    const stop = observeLang(() => calls++);
    el.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    expect(calls).to.equal(1);
    stop();
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    expect(calls).to.equal(1);
  });
});
