import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ketamine-widgets.js';
import en from '../../src/data/ketamine.en.json';
import es from '../../src/data/ketamine.es.json';
import { TAGS } from '../../src/internal/tags.js';
import { LOADS, preload } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';

describe('languages across the three elements', () => {
  preload(['es', 'axe']);

  for (const tag of TAGS) {
    it(`<${tag}> switches to Spanish and back when the page's lang changes at runtime`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en">${document.createElement(tag)}</div>`);
      const el = wrapper.firstElementChild!;
      await waitUntil(() => textOf(el.shadowRoot).includes(en.meta.disclaimer), 'English first', LOADS);
      wrapper.setAttribute('lang', 'es-MX');
      await waitUntil(() => textOf(el.shadowRoot).includes(es.meta.disclaimer), 'Spanish after lang="es-MX"', LOADS);
      expect(textOf(el.shadowRoot)).not.to.contain(en.meta.disclaimer);
      await expect(el).to.be.accessible();
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => textOf(el.shadowRoot).includes(en.meta.disclaimer), 'English again', LOADS);
    });

    it(`<${tag}>'s own lang wins over the page's, and an unknown language falls back to English`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="es"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('lang', 'fr');
      wrapper.append(el);
      await waitUntil(() => textOf(el.shadowRoot).includes(en.meta.disclaimer), 'English for lang="fr"', LOADS);
      el.setAttribute('lang', 'es');
      await waitUntil(() => textOf(el.shadowRoot).includes(es.meta.disclaimer), 'Spanish for lang="es"', LOADS);
    });
  }

  it('never shows a string key instead of words, in either language', async () => {
    for (const lang of ['en', 'es']) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
        <ketamine-facts variant="compact"></ketamine-facts><dose-range weight="abc"></dose-range><risk-checklist></risk-checklist>
      </div>`);
      const els = [...wrapper.children];
      const disclaimer = lang === 'es' ? es.meta.disclaimer : en.meta.disclaimer;
      await waitUntil(() => els.every((el) => textOf(el.shadowRoot).includes(disclaimer)), `${lang} rendered`, LOADS);
      for (const el of els) {
        // Keys look like camelCase identifiers or dotted paths; no reader-facing word does.
        expect(textOf(el.shadowRoot), `${el.localName} ${lang}`).not.to.match(/\b[a-z]+[A-Z][a-zA-Z]+\b|\{\w+\}|\bundefined\b|\bNaN\b/);
      }
    }
  });
});
