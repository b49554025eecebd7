/**
 * The one-element scripts, built: dist/ketamine-facts.js, dist/dose-range.js and
 * dist/risk-checklist.js each register one element and carry only its share of the content
 * (scripts/content-slice.ts). Read side by side with the same page on the drop-in, under a strict
 * Content-Security-Policy: English, Spanish and a clinic dataset (which is checked against the
 * whole content, fetched for it) must show exactly what the drop-in shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/internal/tags.js';
import { openPage, type PageWindow } from '../helpers/embed-page.js';
import { closeFrames, openFrame } from '../helpers/frame.js';
import { LOADS } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';
import { sliceContent } from '../../scripts/content-slice.js';
import es from '../../src/data/ketamine.es.json';

afterEach(closeFrames);

const IDS = ['facts', 'dose', 'checklist', 'facts-es', 'dose-es', 'checklist-es', 'facts-clinic', 'dose-clinic', 'checklist-clinic'];

/** The page once every element shows its final content: the clinic's name where it has one. */
async function settled(path: string): Promise<{ win: PageWindow; doc: Document; text: Record<string, string> }> {
  const { win, doc } = await openPage(path);
  const text = (id: string) => textOf(doc.getElementById(id)!.shadowRoot);
  await waitUntil(
    () => IDS.filter((id) => id.endsWith('-clinic')).every((id) => text(id).includes('Riverside Pain Clinic')),
    `the clinic dataset applies on ${path}`,
    LOADS,
  );
  return { win, doc, text: Object.fromEntries(IDS.map((id) => [id, text(id)])) };
}

const scripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/') && p.endsWith('.js'));

describe('one-element scripts', () => {
  it('show, word for word, what the drop-in shows: English, Spanish and with a clinic dataset', async () => {
    const drop = await settled('/test/embed/element-scripts-dropin.html?csp=strict-src');
    const own = await settled('/test/embed/element-scripts-elements.html?csp=strict-src');
    for (const id of IDS) {
      expect(own.text[id].length, id).to.be.greaterThan(200);
      expect(own.text[id], id).to.equal(drop.text[id]);
    }
    // Spanish is Spanish, and the clinic dataset's range applies (0.25–1 mg/kg of 80 kg).
    expect(own.text['dose-es']).to.contain('Rango habitual de dosis');
    expect((own.doc.getElementById('dose-clinic') as HTMLElement & { range?: { minMg: number; maxMg: number } }).range).to.include({
      minMg: 20,
      maxMg: 80,
    });
    const probe = own.win.__kwProbe;
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(probe.consoleErrors, 'console errors').to.deep.equal([]);
    expect(probe.consoleWarnings, 'console warnings').to.deep.equal([]);
  });

  it('carry the reviewed Spanish exactly: the drop-in the whole of it, each script its share (both built as an overlay on the English)', async () => {
    type Content = Parameters<typeof sliceContent>[0];
    const spanish = es as unknown as Content;
    for (const [path, expected] of [
      ['/test/embed/element-scripts-dropin.html?csp=strict-src', () => spanish],
      ['/test/embed/element-scripts-elements.html?csp=strict-src', (tag: (typeof TAGS)[number]) => sliceContent(spanish, tag)],
    ] as const) {
      const { win, doc } = await settled(path);
      // What the page fetched for Spanish is the overlay (the words alone), not the file again.
      const chunks = win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => /\/dist\/chunks\/ketamine\.es-[^/]*\.js$/.test(url));
      expect(chunks, `Spanish chunks on ${path}`).not.to.be.empty;
      for (const url of chunks) {
        const code = await (await fetch(url)).text();
        expect(code, url).to.contain('$overlayOf');
        expect(code, url).not.to.contain(es.sources[0].authors);
      }
      for (const tag of TAGS) {
        // `data` is the dataset an element shows (protected in TypeScript, a plain getter at run time).
        const el = doc.querySelector(`[lang="es"] > ${tag}`) as HTMLElement & { data?: { meta: { locale: string } } };
        await waitUntil(() => el.data?.meta.locale === 'es', `${tag} shows Spanish on ${path}`, LOADS);
        expect(el.data, `${tag} on ${path}`).to.deep.equal(expected(tag));
      }
    }
  });

  it('fetch their own script only, not the drop-in', async () => {
    const { win } = await openPage('/test/embed/element-scripts-elements.html?csp=strict-src');
    const loaded = scripts(win);
    for (const tag of TAGS) expect(loaded, tag).to.include(`/dist/${tag}.js`);
    expect(loaded).not.to.include('/dist/ketamine-widgets.js');
  });

  // strict-tt adds the trusted-types allow-list EMBEDDING.md gives: three scripts, three copies of
  // Lit, each creating the policy "lit-html" ('allow-duplicates' lets the second and third do so).
  for (const csp of ['strict-src', 'strict-tt']) {
    it(`beside the drop-in, each element is registered once, quietly, by the first script (csp=${csp})`, async () => {
      const { win, doc } = await openPage(`/test/embed/element-scripts-both.html?csp=${csp}`);
      await waitUntil(
        () => textOf(doc.getElementById('dose-clinic')!.shadowRoot).includes('Riverside Pain Clinic'),
        'clinic applied',
        LOADS,
      );
      for (const tag of TAGS) expect(doc.querySelector(tag)!.shadowRoot, tag).to.exist;
      await waitUntil(
        () => textOf(doc.getElementById('checklist-clinic')!.shadowRoot).includes('Riverside Pain Clinic'),
        'the last script too',
        LOADS,
      );
      const probe = win.__kwProbe;
      expect(probe.violations, 'CSP violations').to.deep.equal([]);
      expect(probe.errors, 'uncaught errors').to.deep.equal([]);
      expect(probe.consoleErrors, 'console errors').to.deep.equal([]);
      expect(probe.consoleWarnings, 'console warnings').to.deep.equal([]);
    });
  }

  for (const tag of TAGS) {
    it(`${tag}.js alone hydrates its server-rendered content in place: the server's nodes stay, nothing twice, no error`, async () => {
      // The script is held back until the server's content has been read.
      const run = `element-scripts-${tag}-${Date.now()}`;
      const { frame } = await openFrame({
        title: `prerendered ${tag}`,
        src: `/test/embed/element-scripts-prerendered-${tag}.html?csp=strict&prerender=1&run=${run}`,
        width: 1024,
        height: 900,
        waitForLoad: false,
      });
      await waitUntil(
        () => frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('h2, h3') != null,
        'server content parsed',
        LOADS,
      );
      const win = frame.contentWindow as PageWindow;
      const el = frame.contentDocument!.querySelector(tag)!;
      const serverHeading = el.shadowRoot!.querySelector('h2, h3')!;
      await fetch(`/__kw/release?run=${encodeURIComponent(run)}`);
      await win.customElements.whenDefined(tag);
      await waitUntil(() => !el.matches(':state(pending)') && !el.shadowRoot!.querySelector('.static'), 'hydrated and live', LOADS);
      expect(serverHeading.isConnected && serverHeading.getRootNode() === el.shadowRoot, "the server's heading node is kept").to.equal(
        true,
      );
      const headings = [...el.shadowRoot!.querySelectorAll('h2, h3')].map(textOf);
      expect(new Set(headings).size, 'no heading twice').to.equal(headings.length);
      if (tag === 'dose-range') expect(textOf(el.shadowRoot)).to.contain('Rango habitual de dosis');
      const probe = win.__kwProbe;
      expect(probe.violations, 'CSP violations').to.deep.equal([]);
      expect(probe.errors, 'uncaught errors').to.deep.equal([]);
      expect(probe.consoleErrors, 'console errors').to.deep.equal([]);
    });
  }
});
