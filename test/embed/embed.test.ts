/**
 * The drop-in file on hostile ground: the built dist/ketamine-widgets.js on pages sent with a
 * strict Content-Security-Policy header (as a real server sends it), with the script pasted twice,
 * a stylesheet that styles bare elements aggressively, Spanish, a theme preset and clinic data.
 */
import { expect, waitUntil } from '@open-wc/testing';
import es from '../../src/data/ketamine.es.json';
import en from '../../src/data/ketamine.en.json';
import { TAGS } from '../../src/internal/tags.js';
import { openPage } from '../helpers/embed-page.js';
import { closeFrames } from '../helpers/frame.js';
import { LOADS } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';

afterEach(closeFrames);

describe('embedding: a strict page with a hostile stylesheet and the script pasted twice', () => {
  it('shows all three elements with no CSP violation, error or console message', async () => {
    const { win, doc } = await openPage('/test/embed/strict.html?csp=strict');
    for (const tag of TAGS) expect(doc.querySelector(tag)!.shadowRoot, tag).to.exist;
    const probe = win.__kwProbe;
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(probe.consoleErrors, 'console errors').to.deep.equal([]);
    expect(probe.consoleWarnings, 'console warnings').to.deep.equal([]);
  });

  it('asks for nothing but its own files: no clinic-data validator, no third party', async () => {
    const { win } = await openPage('/test/embed/strict.html?csp=strict');
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name));
    expect(requests.every((u) => u.origin === win.location.origin)).to.equal(true);
    const paths = requests.map((u) => u.pathname);
    expect(
      paths.filter((p) => /clinic|zod/.test(p)),
      'validator chunk loaded without src',
    ).to.deep.equal([]);
    // The test server injects its own reload socket into every HTML page; a clinic's server does not.
    const foreign = paths.filter(
      (p) => !p.startsWith('/dist/') && !p.startsWith('/test/embed/') && p !== '/__web-dev-server__web-socket.js',
    );
    expect(foreign, 'requests outside the page and the drop-in').to.deep.equal([]);
  });

  it('speaks Spanish where lang="es" and English elsewhere', async () => {
    const { doc } = await openPage('/test/embed/strict.html?csp=strict');
    expect(textOf(doc.querySelector('dose-range')?.shadowRoot)).to.contain(es.meta.disclaimer);
    expect(textOf(doc.querySelector('risk-checklist')?.shadowRoot)).to.contain(en.meta.disclaimer);
  });

  it('shows English, and tells the page author why, when the Spanish chunk cannot load; nothing is thrown into the page', async () => {
    const { win, doc } = await openPage('/test/embed/spanish-missing.html?csp=strict');
    const probe = win.__kwProbe;
    await waitUntil(() => probe.consoleErrors.length >= 2, 'a console message from each element', LOADS);
    for (const id of ['dose', 'checklist']) {
      const text = textOf(doc.getElementById(id)!.shadowRoot);
      expect(text, id).to.contain(en.meta.disclaimer);
      expect(text, id).not.to.contain(es.meta.disclaimer);
    }
    for (const message of probe.consoleErrors)
      expect(message).to.match(/<(dose-range|risk-checklist)>.*could not load the "es" content.*showing English/);
    expect(probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
  });

  it('applies the linked theme preset, in light and dark', async () => {
    const { win, doc } = await openPage('/test/embed/strict.html?csp=strict');
    const accent = (tag: string) => win.getComputedStyle(doc.querySelector(tag)!).getPropertyValue('--_kw-accent').trim();
    expect(accent('ketamine-facts')).to.equal('#0f6b5c');
    expect(accent('dose-range')).to.equal('#6fd6c1'); // color-scheme="dark"
  });

  it('keeps its inner layout and type when the page styles bare elements aggressively', async () => {
    const plain = await openPage('/test/embed/plain.html?csp=strict');
    const hostile = await openPage('/test/embed/strict.html?csp=strict');
    const props = [
      'display',
      'box-sizing',
      'font-style',
      'font-weight',
      'letter-spacing',
      'text-transform',
      'text-align',
      'white-space',
      'opacity',
      'visibility',
      'float',
    ];
    for (const tag of TAGS) {
      const a = [...plain.doc.querySelector(tag)!.shadowRoot!.querySelectorAll('*')];
      const b = [...hostile.doc.querySelector(tag)!.shadowRoot!.querySelectorAll('*')];
      expect(b.length, `${tag} renders the same elements`).to.equal(a.length);
      a.forEach((el, i) => {
        const sa = plain.win.getComputedStyle(el);
        const sb = hostile.win.getComputedStyle(b[i]);
        for (const p of props) {
          expect(sb.getPropertyValue(p), `${tag} ${el.localName}[${i}] ${p}`).to.equal(sa.getPropertyValue(p));
        }
      });
      const text = hostile.doc.querySelector(tag)!.shadowRoot!.querySelector('p');
      if (text) expect(parseFloat(hostile.win.getComputedStyle(text).fontSize), `${tag} text size`).to.be.at.least(13);
    }
    // The form controls inside stay usable although the page hides every input and button.
    const input = hostile.doc.querySelector('dose-range')!.shadowRoot!.querySelector('input')!;
    const box = input.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    expect(box.width).to.be.at.least(24);
  });

  it('reflows at 320 px without sideways scrolling', async () => {
    const { doc } = await openPage('/test/embed/plain.html?csp=strict', 320);
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter(
        (node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX === 'visible' && node.clientWidth > 0,
      );
      expect(el.getBoundingClientRect().right, `${tag} fits`).to.be.at.most(320);
      expect(
        overflowing.map((n) => n.localName),
        `${tag} content overflowing`,
      ).to.deep.equal([]);
    }
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('embedding: clinic datasets on a strict page', () => {
  it('applies src and inline datasets, keeps the bundled content for a broken one, with no CSP violation', async () => {
    const { win, doc } = await openPage('/test/embed/strict-clinic.html?csp=strict-src');
    const probe = win.__kwProbe;
    await waitUntil(() => textOf(doc.querySelector('dose-range')?.shadowRoot).includes('Riverside Pain Clinic'), 'clinic applied', LOADS);
    await waitUntil(() => probe.consoleErrors.length > 0, 'broken dataset reported', LOADS);
    expect(textOf(doc.querySelector('ketamine-facts')?.shadowRoot)).to.contain('Riverside Pain Clinic');
    expect(textOf(doc.querySelector('risk-checklist')?.shadowRoot)).to.contain('Riverside Pain Clinic');
    // 80 kg at the clinic's 0.25–1 mg/kg; 100 kg at the inline 0.4–1.2 mg/kg; 70 kg at the bundled range.
    const range = (sel: string) => (doc.querySelector(sel) as HTMLElement & { range?: { minMg: number; maxMg: number } }).range;
    await waitUntil(() => range('#inline')?.minMg === 40, 'inline dataset applied', LOADS);
    expect(range('dose-range')).to.include({ minMg: 20, maxMg: 80 });
    expect(range('#inline')).to.include({ minMg: 40, maxMg: 120 });
    expect(range('#broken')).to.include({ minMg: 35, maxMg: 140 });
    expect(probe.consoleErrors).to.have.length(1);
    expect(probe.consoleErrors[0]).to.contain('/fixtures/clinic-bad-range').and.contain('dose.mgPerKgMax');
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors, 'uncaught errors').to.deep.equal([]);
    // The validator is fetched once for the page, as its own chunk.
    const chunks = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/chunks/'));
    expect(chunks.length).to.be.greaterThan(0);
  });
});
