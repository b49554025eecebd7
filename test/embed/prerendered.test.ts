/**
 * Server-rendered widgets (issue #14): the page comes prerendered by ketamine-widgets/ssr, with a
 * strict CSP and no ketamine-widgets.css, and its script is held back (a slow CDN, 1.5 s) until
 * the test has read the page as it is without it. Then the elements hydrate what the server
 * rendered: nothing moves (CLS 0), nothing is duplicated, no CSP violation, and they are live.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/internal/tags.js';
import { closeFrames, openFrame } from '../helpers/frame.js';
import { LOADS } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';
import { commentsUnder } from '../helpers/comments.js';

interface Probe {
  violations: string[];
  errors: string[];
  consoleErrors: string[];
  shifts: number[] | null;
}
type PageWindow = Window & typeof globalThis & { __kwProbe: Probe };

afterEach(closeFrames);

let runs = 0;
const frames = (win: Window) => new Promise<void>((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => r())));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The visible words of an element's shadow root (what `innerText` of its children gives). */
function visibleText(el: Element): string {
  return [...el.shadowRoot!.children]
    .map((c) => (c as HTMLElement).innerText ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the element is hydrated and live: upgraded, rendered, and its no-JavaScript stand-ins hidden. */
function live(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root || !customElementsOf(el).get(el.localName) || el.matches(':state(pending)')) return false;
  return !root.querySelector('.static');
}
const customElementsOf = (el: Element) => el.ownerDocument.defaultView!.customElements;

async function openPrerendered(width = 1024, height = 700, page = 'prerendered') {
  const run = `${Date.now()}-${++runs}`;
  const path = `/test/embed/${page}.html?csp=strict&prerender=1`;
  const { frame } = await openFrame({ title: 'prerendered page', src: `${path}&run=${run}`, width, height, waitForLoad: false });
  await waitUntil(
    () => {
      const d = frame.contentDocument;
      return d !== null && d.URL.includes(`/${page}.html`) && d.readyState !== 'loading' && d.getElementById('below') !== null;
    },
    'page parsed',
    LOADS,
  );
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const els = TAGS.map((t) => doc.querySelector(t)!);
  // The shadow roots' linked stylesheets have applied once the hosts have their border.
  await waitUntil(() => els.every((el) => win.getComputedStyle(el).borderTopStyle === 'solid'), 'shadow stylesheets applied', LOADS);
  await frames(win);
  const release = async () => {
    await fetch(`/__kw/release?run=${encodeURIComponent(run)}`);
    await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
    await waitUntil(() => els.every(live), 'every widget hydrated and live', LOADS);
    await frames(win);
    await frames(win);
  };
  return { win, doc, els, release };
}

describe('prerendered widgets (ketamine-widgets/ssr) on a strict-CSP page, script 1.5 s late', () => {
  it('read before the script: content, sources, the no-JavaScript notes; then hydrate with CLS 0, no violation, nothing duplicated', async () => {
    const { win, doc, els, release } = await openPrerendered();
    expect(win.customElements.get('dose-range'), 'script arrived early: the test proves nothing').to.equal(undefined);
    const [facts, dose, checklist] = els;
    const before = els.map(visibleText);
    expect(before[0]).to.contain('Sources');
    expect(before[1]).to.contain('Rango habitual').and.contain('JavaScript');
    expect(before[2]).to.contain('Clínica Prueba').and.contain('Dr. Ana Ruiz');
    const below = doc.getElementById('below')!.getBoundingClientRect().top;
    const headings = els.map((el) => el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length);

    await release();
    expect(doc.getElementById('below')!.getBoundingClientRect().top, 'content below did not move').to.equal(below);
    if (win.__kwProbe.shifts) expect(sum(win.__kwProbe.shifts), 'cumulative layout shift').to.equal(0);
    expect(win.__kwProbe.violations, 'CSP violations').to.deep.equal([]);
    expect(win.__kwProbe.errors, 'errors').to.deep.equal([]);
    expect(win.__kwProbe.consoleErrors, 'console errors').to.deep.equal([]);
    // Hydrated, not rendered again beside what was there.
    expect(els.map((el) => el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length)).to.deep.equal(headings);
    const after = els.map(visibleText);
    const title = facts.shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(after[0].split(title).length - 1, 'first topic title once').to.equal(1);
    expect(after[1]).to.not.contain('JavaScript');
    expect(after[1].split('Rango habitual').length - 1).to.equal(1);
    expect(after[2].split('Dr. Ana Ruiz').length - 1).to.equal(1);
    expect(dose.shadowRoot!.querySelector('input')!.value).to.equal('70');
    expect(checklist.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.be.above(3);
  });

  it('is live after hydration: typing a weight, ticking an item, changing lang', async () => {
    const { win, els, release } = await openPrerendered();
    await release();
    const [facts, dose, checklist] = els;
    const input = dose.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = '80';
    input.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => textOf(dose.shadowRoot!.querySelector('.sentence')).includes('80 kg'), 'the dose follows the new weight', LOADS);
    expect(textOf(dose.shadowRoot!.querySelector('.sentence')))
      .to.contain('40')
      .and.contain('160');

    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    const count = () => textOf(checklist.shadowRoot!.querySelector('.count'));
    const none = count();
    box.click();
    await waitUntil(() => count() !== none, 'the count follows the tick', LOADS);
    const form = checklist.closest('form')!;
    expect([...new win.FormData(form).getAll('risks')]).to.deep.equal([box.value]);

    const heading = textOf(facts.shadowRoot!.querySelector('h2'));
    facts.setAttribute('lang', 'es');
    await waitUntil(() => textOf(facts.shadowRoot!.querySelector('h2')) !== heading, 'the facts follow lang', LOADS);
    expect(facts.shadowRoot!.querySelectorAll('h2').length).to.be.above(3);
  });

  it('has no room held and nothing pending at a phone width, and nothing moves', async () => {
    const { win, doc, release } = await openPrerendered(360, 640);
    const below = doc.getElementById('below')!.getBoundingClientRect().top;
    await release();
    expect(doc.getElementById('below')!.getBoundingClientRect().top).to.equal(below);
    if (win.__kwProbe.shifts) expect(sum(win.__kwProbe.shifts)).to.equal(0);
    expect(win.__kwProbe.violations).to.deep.equal([]);
  });
});

describe('prerendered content that never changes is adopted as it is (frozen.ts)', () => {
  it('the server sends topics, sources, items and notes as plain HTML; hydration keeps those very nodes', async () => {
    const { win, els, release } = await openPrerendered(1024, 700, 'prerendered-full');
    const [facts, dose, checklist] = els;
    // Before: the server's HTML holds Lit's markers only around the pieces, not inside them
    // (about 1,400 in <ketamine-facts> when every claim kept its own).
    const topics = facts.shadowRoot!.querySelector('.facts')!;
    expect(commentsUnder(topics), 'markers inside the topics').to.equal(0);
    expect(commentsUnder(facts.shadowRoot!), 'markers in the whole shadow root').to.be.below(20);
    const kept = [
      topics.querySelector('p')!,
      facts.shadowRoot!.querySelector('[part~="sources"] li')!,
      dose.shadowRoot!.querySelector('[part~="notice"]')!,
      checklist.shadowRoot!.querySelector('input[type=checkbox]')!,
    ];
    kept.forEach((node, i) => expect(node, `node ${i}`).to.be.instanceOf(win.Node));

    await release();
    expect(win.__kwProbe.errors, 'errors').to.deep.equal([]);
    expect(win.__kwProbe.consoleErrors, 'console errors').to.deep.equal([]);
    kept.forEach((node, i) => expect(node.isConnected, `node ${i} still in the page`).to.equal(true));
    expect(facts.shadowRoot!.querySelector('.facts'), "the topics are the server's").to.equal(topics);
    // Live on the adopted nodes: the checklist's box ticks and its count follows.
    const box = kept[3] as HTMLInputElement;
    const count = () => textOf(checklist.shadowRoot!.querySelector('.count'));
    const none = count();
    box.click();
    await waitUntil(() => count() !== none, 'the count follows the tick', LOADS);
  });

  it('an adopted piece is rendered afresh when what it shows changes: heading level, language, variant', async () => {
    const { els, release } = await openPrerendered(1024, 700, 'prerendered-full');
    await release();
    const [facts, dose] = els;
    const topics = facts.shadowRoot!.querySelector('.facts')!;
    const titles = [...topics.querySelectorAll('h2')].map((h) => textOf(h));
    expect(titles.length).to.be.above(3);

    facts.setAttribute('heading-level', '3');
    await waitUntil(() => facts.shadowRoot!.querySelectorAll('.facts h3').length === titles.length, 'topics one level down', LOADS);
    expect(facts.shadowRoot!.querySelectorAll('.facts h2').length).to.equal(0);
    expect(facts.shadowRoot!.querySelectorAll('.facts').length, 'replaced, not added beside').to.equal(1);
    expect([...facts.shadowRoot!.querySelectorAll('.facts h3')].map((h) => textOf(h))).to.deep.equal(titles);

    facts.setAttribute('lang', 'es');
    await waitUntil(() => textOf(facts.shadowRoot!.querySelector('.facts h3')) !== titles[0], 'the topics in Spanish', LOADS);
    expect(facts.shadowRoot!.querySelectorAll('.facts h3').length).to.equal(titles.length);
    expect(textOf(facts.shadowRoot!.querySelector('[part~="sources"]'))).to.not.equal('');

    facts.setAttribute('variant', 'compact');
    await waitUntil(() => facts.shadowRoot!.querySelectorAll('details').length >= titles.length, 'one disclosure per topic', LOADS);
    expect(facts.shadowRoot!.querySelectorAll('.facts').length).to.equal(1);

    const notice = textOf(dose.shadowRoot!.querySelector('[part~="notice"]'));
    dose.setAttribute('lang', 'es');
    await waitUntil(() => textOf(dose.shadowRoot!.querySelector('[part~="notice"]')) !== notice, 'the dose notice in Spanish', LOADS);
    expect(dose.shadowRoot!.querySelectorAll('[part~="notice"]').length).to.equal(1);
  });
});
