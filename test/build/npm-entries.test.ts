/**
 * The npm modules as an integrator's bundler sees them (built by `npm test` before the browser
 * tests): the index registers nothing, so classes can go under other tags; /define registers the
 * standard tags. Bare `lit` imports resolve through the test server, as through a bundler.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { TAGS } from '../../src/internal/tags.js';

// A variable path keeps the type-checker and bundlers from resolving built files at compile time.
const load = (path: string) => import(/* @vite-ignore */ path);

describe('npm entries', () => {
  it('index exports the classes and registers no tag', async () => {
    const mod = await load('/dist/npm/index.js');
    expect(mod.DoseRange).to.be.a('function');
    expect(mod.KetamineFacts).to.be.a('function');
    expect(mod.RiskChecklist).to.be.a('function');
    expect(mod.doseRange).to.be.a('function');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('lets an integrator register a class under a tag of their own', async () => {
    const { DoseRange } = await load('/dist/npm/index.js');
    customElements.define('clinic-dose', DoseRange);
    const tag = unsafeStatic('clinic-dose');
    const el = await fixture<HTMLElement & { range?: { minMg: number; maxMg: number } }>(staticHtml`<${tag} weight="70"></${tag}>`);
    expect(el.range).to.include({ minMg: 35, maxMg: 140 });
    expect(el.shadowRoot!.textContent).to.contain('35');
  });

  it('/define registers the three standard tags, and loading it twice is harmless', async () => {
    await load('/dist/npm/ketamine-widgets.js');
    await load('/dist/npm/ketamine-widgets.js?again');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    const el = await fixture(html`<dose-range weight="80"></dose-range>`);
    expect(el.shadowRoot!.textContent).to.contain('40');
  });

  it('/define hydrates server-rendered content, though the bundle evaluates Lit before the hydrate support', async () => {
    await load('/dist/npm/ketamine-widgets.js');
    const res = await fetch('/__kw/prerender', { method: 'POST', body: '<risk-checklist></risk-checklist>' });
    const host = document.createElement('div');
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(await res.text());
    const el = host.querySelector('risk-checklist')!;
    const headings = el.shadowRoot!.querySelectorAll('h2').length;
    document.body.append(host);
    try {
      await waitUntil(() => !el.shadowRoot!.querySelector('.static'), 'hydrated and live', { timeout: 20000 });
      expect(el.shadowRoot!.querySelectorAll('h2').length, 'hydrated, not rendered beside').to.equal(headings);
    } finally {
      host.remove();
    }
  });
});
