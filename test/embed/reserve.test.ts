/**
 * Room held before upgrade (issue #6: "reserves its space before upgrade so nothing shifts"):
 * the README snippet links dist/ketamine-widgets.css above the script. Pages are served with a
 * strict CSP header and the built script held back (a slow CDN) until the test has measured the
 * page before upgrade and releases it; the control page has no stylesheet and must show the shift,
 * so these tests can tell the difference.
 */
import { expect, waitUntil } from '@open-wc/testing';
import pkg from '../../package.json';
import { TAGS } from '../../src/internal/tags.js';
import { closeFrames, openFrame } from '../helpers/frame.js';
import { LOADS } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';

interface Probe {
  violations: string[];
  errors: string[];
  /** Layout-shift values; null where the browser reports none (Firefox). */
  shifts: number[] | null;
}
type PageWindow = Window & typeof globalThis & { __kwProbe: Probe };

let runs = 0;
/** The page load whose held-back script `upgraded()` lets through. */
let run = '';

afterEach(closeFrames);

const frames = (win: Window) => new Promise<void>((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => r())));

/** Opens `path` in an iframe and resolves once it is parsed and painted, before its script has run. */
async function openParsed(path: string, width: number, height: number) {
  // A fresh address for the held-back script on each load (the test server caches everything).
  run = `${Date.now()}-${++runs}`;
  const { frame: f } = await openFrame({ title: path, src: `${path}&run=${run}`, width, height, waitForLoad: false });
  await waitUntil(
    () => {
      const d = f.contentDocument;
      return d !== null && d.URL.includes(path.split('?')[0]) && d.readyState !== 'loading' && d.getElementById('below') !== null;
    },
    `${path} parsed`,
    LOADS,
  );
  const win = f.contentWindow as PageWindow;
  const doc = f.contentDocument!;
  // The stylesheet (if linked) has applied once the element's computed min-height is not 0.
  if (doc.querySelector('link[href*="ketamine-widgets.css"]')) {
    await waitUntil(
      () => win.getComputedStyle(doc.querySelector('dose-range')!).minHeight !== '0px',
      'ketamine-widgets.css applied',
      LOADS,
    );
  }
  await frames(win);
  const top = (id: string) => doc.getElementById(id)!.getBoundingClientRect().top;
  return { win, doc, top };
}

/** Lets the page's held-back script arrive, and resolves once every widget has rendered. */
async function upgraded(win: PageWindow, doc: Document) {
  await fetch(`/__kw/release?run=${encodeURIComponent(run)}`);
  await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
  const els = TAGS.map((t) => doc.querySelector(t)!);
  await waitUntil(() => els.every((e) => textOf(e.shadowRoot).length > 40), 'every widget renders', LOADS);
  await frames(win);
  await frames(win);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('room held before upgrade: dist/ketamine-widgets.css', () => {
  for (const [width, height] of [
    [360, 640],
    [1024, 700],
  ]) {
    it(`${width} px: holds a screen, nothing above moves, nothing below was in view, no layout shift`, async () => {
      const { win, doc, top } = await openParsed('/test/embed/reserve.html?csp=strict', width, height);
      expect(win.customElements.get('dose-range'), 'script arrived early: the test proves nothing').to.equal(undefined);
      const first = doc.querySelector('dose-range')!;
      expect(first.getBoundingClientRect().height).to.be.at.least(win.innerHeight);
      expect(top('below'), 'content below the widgets is out of view while they load').to.be.at.least(win.innerHeight);
      const above = top('above');

      await upgraded(win, doc);
      expect(top('above')).to.equal(above);
      for (const tag of TAGS) expect(doc.querySelector(tag)!.matches(':state(pending)'), `${tag} pending`).to.equal(false);
      if (win.__kwProbe.shifts) expect(sum(win.__kwProbe.shifts), 'cumulative layout shift').to.equal(0);
      expect(win.__kwProbe.violations, 'CSP violations').to.deep.equal([]);
      expect(win.__kwProbe.errors).to.deep.equal([]);
    });
  }

  it('control: without the stylesheet the content below is in view and jumps (so the test above can fail)', async () => {
    const { win, doc, top } = await openParsed('/test/embed/reserve-none.html?csp=strict', 1024, 700);
    expect(win.customElements.get('dose-range')).to.equal(undefined);
    const below = top('below');
    expect(below).to.be.below(win.innerHeight);
    await upgraded(win, doc);
    expect(top('below')).to.not.equal(below);
    if (win.__kwProbe.shifts) expect(sum(win.__kwProbe.shifts)).to.be.above(0.01);
  });

  it('gives the room back after 5 s when the script never comes; a hidden element holds none', async () => {
    const { win, doc, top } = await openParsed('/test/embed/reserve-missing.html?csp=strict', 1024, 700);
    expect(doc.getElementById('hidden')!.getBoundingClientRect().height, 'a hidden element holds no room').to.equal(0);
    const els = TAGS.map((t) => doc.querySelector(t)!);
    for (const el of els) {
      expect(el.getBoundingClientRect().height).to.be.at.least(win.innerHeight);
      const release = el.getAnimations().find((a) => (a as CSSAnimation).animationName === 'kw-reserve-release');
      expect(release, `${el.localName} release animation`).to.exist;
      expect(release!.effect!.getTiming().delay).to.equal(5000);
      release!.finish();
    }
    await frames(win);
    for (const el of els) {
      expect(el.getBoundingClientRect().height).to.equal(0);
      // Given back for good: the variable the upgraded element's pending state reads is 0 too.
      expect(win.getComputedStyle(el).getPropertyValue('--kw-reserve').trim()).to.equal('0px');
    }
    expect(top('below')).to.be.below(win.innerHeight);
    expect(win.__kwProbe.violations).to.deep.equal([]);
  });

  it('holds no room on paper or without scripting', async () => {
    const { win, doc } = await openParsed('/test/embed/reserve-missing.html?csp=strict', 1024, 700);
    const el = doc.querySelector('dose-range')!;
    expect(el.getBoundingClientRect().height).to.be.at.least(win.innerHeight);
    // The stylesheet's own rule, switched on: the browser's cascade decides, as when printing.
    const sheet = [...doc.styleSheets].find((x) => x.href?.includes('ketamine-widgets.css'))!;
    const media = [...sheet.cssRules].find((r): r is CSSMediaRule => r instanceof win.CSSMediaRule)!;
    expect(media.media.mediaText).to.contain('print').and.contain('scripting: none');
    media.media.mediaText = 'all';
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('is published: a package export, and a subresource-integrity hash that matches the file', async () => {
    expect((pkg.exports as Record<string, unknown>)['./ketamine-widgets.css']).to.equal('./dist/ketamine-widgets.css');
    const integrity = (await (await fetch('/raw/dist/integrity.json')).json()) as Record<string, string>;
    const bytes = await (await fetch('/dist/ketamine-widgets.css')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    expect(integrity['ketamine-widgets.css']).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);
  });
});
