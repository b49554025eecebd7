/**
 * Prerendered widgets are accessible before the script arrives and after they hydrate (issue
 * #14): axe on the declarative shadow DOM that ketamine-widgets/ssr writes, then on the same
 * elements once the drop-in has taken them over. The drop-in is imported only after the first
 * check, so the elements are not defined then.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/internal/tags.js';
import { LOADS, preload } from '../helpers/load.js';

preload(['axe']);

const MARKUP = `<main>
  <ketamine-facts sections="what-it-is research" heading-level="2"></ketamine-facts>
  <div lang="es"><dose-range weight="70"></dose-range></div>
  <risk-checklist heading-level="2"></risk-checklist>
</main>`;

async function prerendered(markup: string): Promise<HTMLElement> {
  const res = await fetch('/__kw/prerender', { method: 'POST', body: markup });
  const host = document.createElement('div');
  // Parsed with declarative shadow roots, as a page's HTML is.
  (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(await res.text());
  document.body.append(host);
  return host;
}

describe('prerendered widgets: accessibility before and after hydration', () => {
  it('axe finds nothing before the script, and nothing once hydrated', async () => {
    const host = await prerendered(MARKUP);
    try {
      const els = TAGS.map((t) => host.querySelector(t)!);
      expect(customElements.get('dose-range')).to.equal(undefined);
      for (const el of els) expect(el.shadowRoot, `${el.localName} has its declarative shadow root`).to.not.equal(null);
      await expect(host).to.be.accessible();

      const dropIn = '/dist/ketamine-widgets.js';
      await import(/* @vite-ignore */ dropIn);
      await waitUntil(
        () => els.every((el) => customElements.get(el.localName) && !el.shadowRoot!.querySelector('.static')),
        'hydrated and live',
        LOADS,
      );
      await expect(host).to.be.accessible();
    } finally {
      host.remove();
    }
  });
});

describe('prerendered widgets in a page of another language', () => {
  it('render afresh in the language that applies, once, instead of keeping the server’s words', async () => {
    // English snippets (no lang of their own) pasted into a Spanish part of a page.
    const res = await fetch('/__kw/prerender', {
      method: 'POST',
      body: '<dose-range weight="70"></dose-range><risk-checklist></risk-checklist>',
    });
    const host = document.createElement('div');
    host.lang = 'es';
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(await res.text());
    const [dose, checklist] = [host.querySelector('dose-range')!, host.querySelector('risk-checklist')!];
    expect(dose.shadowRoot!.textContent).to.contain('Typical adult dose range');
    document.body.append(host);
    try {
      await import(/* @vite-ignore */ '/dist/ketamine-widgets.js' as string);
      await waitUntil(
        () =>
          (dose.shadowRoot!.textContent ?? '').includes('Rango habitual') &&
          !checklist.shadowRoot!.querySelector('.static') &&
          (checklist.shadowRoot!.textContent ?? '').includes('Antes'),
        'Spanish, live',
        LOADS,
      );
      const text = dose.shadowRoot!.textContent!;
      expect(text).to.not.contain('Typical adult dose range');
      expect(text.split('Rango habitual').length - 1).to.equal(1);
      expect(dose.shadowRoot!.querySelectorAll('h2').length).to.equal(1);
      expect(checklist.shadowRoot!.querySelectorAll('h2').length).to.equal(1);
    } finally {
      host.remove();
    }
  });
});

describe('a prebuilt snippet under other attributes than it was rendered for', () => {
  it('renders afresh, once, with a console warning, instead of breaking', async () => {
    const snippet = await (await fetch('/dist/prerendered/dose-range.en.html')).text();
    const inner = snippet
      .trim()
      .replace(/^<dose-range[^>]*>/, '')
      .replace(/<\/dose-range>$/, '');
    const host = document.createElement('div');
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      `<dose-range lang="en" heading-level="4" weight="70">${inner}</dose-range>`,
    );
    const dose = host.querySelector('dose-range')!;
    expect(dose.shadowRoot!.querySelector('h2')).to.not.equal(null);
    document.body.append(host);
    try {
      await import(/* @vite-ignore */ '/dist/ketamine-widgets.js' as string);
      await waitUntil(
        () => dose.shadowRoot!.querySelector('h4') && !dose.shadowRoot!.querySelector('.static'),
        'rendered for its attributes',
        LOADS,
      );
      expect(
        [...dose.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName),
        'the heading and the context heading',
      ).to.deep.equal(['h4', 'h5']);
      expect(dose.shadowRoot!.textContent!.split('Typical adult dose range').length - 1).to.equal(1);
      expect(dose.shadowRoot!.querySelector('.sentence')!.textContent).to.contain('70 kg');
    } finally {
      host.remove();
    }
  });
});
