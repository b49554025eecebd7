import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { spy, stub, useFakeTimers, type SinonSpy, type SinonStub } from 'sinon';
import '../../src/ketamine-widgets.js';
import type { RiskChecklist } from '../../src/ketamine-widgets.js';
import type { Dataset } from '../../src/data/dataset.js';
import en from '../../src/data/ketamine.en.json';
import { checklistStrings as strings } from '../../src/components/risk-checklist/risk-checklist.strings.js';
import { es as checklistEs } from '../../src/components/risk-checklist/translations/es.js';
import { plural } from '../../src/internal/localize.js';
import { closeFrames, openFrame } from '../helpers/frame.js';
import { LOADS, preload } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';

const data = en as unknown as Dataset;
const items = data.checklist.groups.flatMap((group) => group.items);
const general = data.checklist.generalQuestions;

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const box = (el: Element, id: string) => $<HTMLInputElement>(el, `#item-${id}`);
const row = (el: Element, id: string) => box(el, id).closest<HTMLElement>('[part~="item"]')!;
const label = (el: Element, id: string) => row(el, id).querySelector<HTMLElement>('[part~="label"]')!;
const countText = (el: Element) => textOf($(el, '[part~="count"]'));
const questions = (el: Element) => $$(el, '[part~="questions"] .question').map(textOf);
const style = (node: Element) => getComputedStyle(node);
const shown = (node: Element) => style(node).display !== 'none' && style(node).visibility === 'visible';

async function render(template = html`<risk-checklist></risk-checklist>`): Promise<RiskChecklist> {
  const el = await fixture<RiskChecklist>(template);
  // The fixture may hold the checklist (a form, a wrapper): wait until every checklist in it renders.
  const lists = [el, ...el.querySelectorAll('risk-checklist')] as Partial<RiskChecklist>[];
  await Promise.all(lists.map((list) => list.updateComplete));
  return el;
}

/** A real pointer click (hit-testing included) at a point of `target`, relative to its box. */
async function clickAt(target: Element, fx = 0.5, fy = 0.5): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width * fx), Math.round(r.top + r.height * fy)] });
}

/** Counts `change` events on `el`. */
function changes(el: Element): Event[] {
  const seen: Event[] = [];
  el.addEventListener('change', (e) => seen.push(e));
  return seen;
}

async function tick(el: RiskChecklist, ...ids: string[]): Promise<void> {
  await el.updateComplete;
  for (const id of ids) {
    await clickAt(label(el, id));
    await el.updateComplete;
  }
}

afterEach(async () => {
  await resetMouse();
});

describe('<risk-checklist>', () => {
  preload();
  let warn: SinonStub;
  let error: SinonStub;
  /** Set by the tests that expect a console warning. */
  let warningExpected = false;
  beforeEach(() => {
    warn = stub(console, 'warn');
    error = stub(console, 'error');
    warningExpected = false;
  });
  afterEach(() => {
    warn.restore();
    error.restore();
    // Nothing else may talk to the console: a stub must not hide an unexpected message.
    expect(error.args.map(String), 'console.error').to.deep.equal([]);
    if (!warningExpected) expect(warn.args.map(String), 'console.warn').to.deep.equal([]);
  });

  describe('items from the dataset', () => {
    it('shows every group as a fieldset with its legend, and every item with a native checkbox', async () => {
      const el = await render();
      const groups = $$(el, 'fieldset[part~="group"]');
      expect(groups.map((g) => textOf(g.querySelector('legend')))).to.deep.equal(data.checklist.groups.map((g) => g.title));
      data.checklist.groups.forEach((group, i) => {
        const boxes = [...groups[i].querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        expect(boxes.map((b) => b.value)).to.deep.equal(group.items.map((item) => item.id));
      });
      expect($$(el, 'input[type="checkbox"]')).to.have.length(items.length);
    });

    it('labels each box, describes it with why it matters, and cites its source', async () => {
      const el = await render();
      for (const item of items) {
        const input = box(el, item.id);
        expect(input.labels?.length, item.id).to.equal(1);
        expect(textOf(input.labels![0])).to.equal(item.label);
        const why = shadow(el).getElementById(input.getAttribute('aria-describedby')!);
        expect(textOf(why)).to.equal(item.why);
        const cite = row(el, item.id).querySelector('[part~="citation"]');
        expect(textOf(cite)).to.match(/^Sources?:/);
        const shorts = data.sources.filter((s) => item.sources.includes(s.id) && s.verified).map((s) => s.short);
        for (const short of shorts) expect(textOf(cite)).to.contain(short);
      }
    });

    it('starts with nothing ticked and says so', async () => {
      const el = await render();
      expect(el.checked).to.deep.equal([]);
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').some((b) => b.checked)).to.equal(false);
      expect(countText(el)).to.equal('No items ticked yet.');
    });

    it('says on screen, in one line, that nothing is saved or sent', async () => {
      const el = await render();
      const privacy = $(el, '[part~="privacy"]');
      expect(textOf(privacy)).to.equal('Your answers stay on this page. Nothing is saved or sent.');
      expect(shown(privacy)).to.equal(true);
    });
  });

  describe('ticking', () => {
    it('ticks and unticks by clicking the label', async () => {
      const el = await render();
      const seen = changes(el);
      const [a] = items;
      await clickAt(label(el, a.id));
      await el.updateComplete;
      expect(box(el, a.id).checked).to.equal(true);
      expect(el.checked).to.deep.equal([a.id]);
      await clickAt(label(el, a.id));
      await el.updateComplete;
      expect(box(el, a.id).checked).to.equal(false);
      expect(el.checked).to.deep.equal([]);
      expect(seen).to.have.length(2);
    });

    it('ticks from anywhere on the row, including the why text', async () => {
      const el = await render();
      const item = items[1];
      await clickAt($(el, `#why-${item.id}`), 0.9, 0.5);
      await el.updateComplete;
      expect(box(el, item.id).checked).to.equal(true);
      await clickAt(row(el, item.id), 0.99, 0.1);
      await el.updateComplete;
      expect(box(el, item.id).checked).to.equal(false);
      await clickAt(box(el, item.id));
      await el.updateComplete;
      expect(box(el, item.id).checked).to.equal(true);
    });

    it('keeps source links in a row clickable above the row cover', async () => {
      const el = await render();
      const link = $$<HTMLAnchorElement>(el, '[part~="item"] a[href]')[0];
      expect(link, 'a row with a DOI link').to.be.instanceOf(HTMLAnchorElement);
      link.scrollIntoView({ block: 'center' });
      // The first line box of the link: a wrapped link's bounding box centre may fall outside it.
      const r = link.getClientRects()[0];
      const hit = shadow(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(link.contains(hit)).to.equal(true);
    });

    it('ticks and unticks with the keyboard alone: Tab to a box, Space', async () => {
      const el = await render(html`<div><button>Before</button><risk-checklist></risk-checklist></div>`).then(
        (wrap) => wrap.querySelector('risk-checklist')! as RiskChecklist,
      );
      const seen = changes(el);
      el.parentElement!.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(box(el, items[0].id));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal([items[0].id]);

      // Onward past the first item's source links to the second box.
      for (let i = 0; i < 10 && shadow(el).activeElement !== box(el, items[1].id); i++) await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(box(el, items[1].id));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal([items[0].id, items[1].id]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal([items[0].id]);

      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 10 && shadow(el).activeElement !== box(el, items[0].id); i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement).to.equal(box(el, items[0].id));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect(seen).to.have.length(4);
    });

    it('marks a ticked row, and its box stays 24 px or larger', async () => {
      const el = await render();
      const item = items[0];
      await tick(el, item.id);
      expect(row(el, item.id).classList.contains('checked')).to.equal(true);
      for (const input of $$<HTMLInputElement>(el, 'input[type="checkbox"]')) {
        const r = input.getBoundingClientRect();
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      }
    });
  });

  describe('the live summary', () => {
    it('counts ticked items in a polite live region that was there before the first tick', async () => {
      const el = await render();
      const region = $(el, '[part~="count"]');
      expect(region.getAttribute('role')).to.equal('status');
      await tick(el, items[0].id);
      expect($(el, '[part~="count"]')).to.equal(region);
      expect(textOf(region)).to.equal('1 thing to discuss with your care team');
      await tick(el, items[3].id, items[5].id);
      expect(textOf(region)).to.equal('3 things to discuss with your care team');
      await tick(el, items[3].id, items[5].id, items[0].id);
      expect(textOf(region)).to.equal('No items ticked yet.');
    });

    it('lists the questions of the ticked items, in dataset order, then the general questions', async () => {
      const el = await render();
      const [a, b, c] = [items[items.length - 1], items[0], items[4]];
      await tick(el, a.id, b.id, c.id);
      expect(questions(el)).to.deep.equal([b.question, c.question, a.question]);
      expect($$(el, '[part~="questions"] .because').map(textOf)).to.deep.equal([b, c, a].map((item) => `You ticked: ${item.label}`));
      expect($$(el, '[part~="general-questions"] li').map(textOf)).to.deep.equal(general.map((q) => q.text));
      const summary = $(el, '[part~="summary"]');
      expect(summary.getAttribute('aria-labelledby')).to.equal('summary-title');
      expect(textOf($(el, '#summary-title'))).to.equal('Questions for your care team');
    });

    it('shows the general questions even with nothing ticked', async () => {
      const el = await render();
      expect(questions(el)).to.deep.equal([]);
      expect(textOf($(el, '[part~="summary"] .empty'))).to.equal('Anything you tick above will show up here.');
      expect($$(el, '[part~="general-questions"] li')).to.have.length(general.length);
    });
  });

  describe('API: checked, clear(), change', () => {
    it('fires a bubbling, composed change event on each user tick', async () => {
      const el = await render(html`<div><risk-checklist></risk-checklist></div>`).then(
        (wrap) => wrap.querySelector('risk-checklist')! as RiskChecklist,
      );
      const heard = oneEvent(el.parentElement!, 'change');
      void clickAt(label(el, items[2].id));
      const event = await heard;
      expect(event.target).to.equal(el);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(el.checked).to.deep.equal([items[2].id]);
    });

    it('exposes the ticked ids in dataset order, as a read-only frozen list', async () => {
      const el = await render();
      await tick(el, items[6].id, items[1].id);
      expect(el.checked).to.deep.equal([items[1].id, items[6].id]);
      expect(Object.isFrozen(el.checked)).to.equal(true);
      expect(() => {
        (el as unknown as { checked: string[] }).checked = [];
      }).to.throw(TypeError);
      expect(el.checked).to.deep.equal([items[1].id, items[6].id]);
    });

    it('clear() unticks everything and fires no change event', async () => {
      const el = await render();
      await tick(el, items[0].id, items[1].id);
      const seen = changes(el);
      el.clear();
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').some((b) => b.checked)).to.equal(false);
      expect(countText(el)).to.equal('No items ticked yet.');
      expect(seen).to.have.length(0);
    });

    it('fires no change event when the page sets attributes', async () => {
      const el = await render();
      await tick(el, items[0].id);
      const seen = changes(el);
      el.setAttribute('name', 'risks');
      el.setAttribute('heading-level', '3');
      el.setAttribute('color-scheme', 'dark');
      el.setAttribute('disabled', '');
      await el.updateComplete;
      el.removeAttribute('disabled');
      await el.updateComplete;
      expect(seen).to.have.length(0);
      expect(el.checked).to.deep.equal([items[0].id]);
    });

    it('drops ticks whose items a new dataset no longer has, without a change event', async () => {
      const el = await render(html`<risk-checklist src="/fixtures/checklist-clinic"></risk-checklist>`);
      await waitUntil(() => shadow(el).querySelector('#item-st-johns-wort'), 'clinic item shown', LOADS);
      expect(textOf(label(el, 'st-johns-wort'))).to.equal("I take St John's wort");
      await tick(el, 'st-johns-wort', items[0].id);
      expect(el.checked).to.include('st-johns-wort');
      const seen = changes(el);
      el.removeAttribute('src');
      await el.updateComplete;
      expect(shadow(el).querySelector('#item-st-johns-wort')).to.equal(null);
      expect(el.checked).to.deep.equal([items[0].id]);
      expect(questions(el)).to.deep.equal([items[0].question]);
      expect(seen).to.have.length(0);
    });
  });

  describe('in a form', () => {
    it('puts one entry per ticked id into the form data under its name, and reset clears it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><risk-checklist name="risks"></risk-checklist></form>`);
      const el = form.querySelector('risk-checklist')!;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
      const seen = changes(el);
      const atChange: string[][] = [];
      el.addEventListener('change', () => atChange.push(new FormData(form).getAll('risks') as string[]));
      await tick(el, items[5].id, items[0].id);
      expect(new FormData(form).getAll('risks')).to.deep.equal([items[0].id, items[5].id]);
      // A change listener already sees the new value.
      expect(atChange).to.deep.equal([[items[5].id], [items[0].id, items[5].id]]);

      form.reset();
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').some((b) => b.checked)).to.equal(false);
      expect(countText(el)).to.equal('No items ticked yet.');
      expect(seen).to.have.length(2);
    });

    it('submits nothing without a name, and follows a name set later', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><risk-checklist></risk-checklist></form>`);
      const el = form.querySelector('risk-checklist')!;
      await tick(el, items[0].id);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      el.name = 'concerns';
      await el.updateComplete;
      expect(new FormData(form).getAll('concerns')).to.deep.equal([items[0].id]);
    });

    it('is disabled, and left out of the form data, inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><risk-checklist name="risks"></risk-checklist></fieldset></form>`);
      const el = form.querySelector('risk-checklist')!;
      await tick(el, items[0].id);
      const fieldset = form.querySelector('fieldset')!;
      fieldset.disabled = true;
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').every((b) => b.disabled)).to.equal(true);
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
      fieldset.disabled = false;
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').some((b) => b.disabled)).to.equal(false);
      expect(new FormData(form).getAll('risks')).to.deep.equal([items[0].id]);
    });

    it('is disabled with its own disabled attribute', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><risk-checklist name="risks"></risk-checklist></form>`);
      const el = form.querySelector('risk-checklist')!;
      await tick(el, items[0].id);
      el.disabled = true;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.equal(true);
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').every((b) => b.disabled)).to.equal(true);
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
      const seen = changes(el);
      await clickAt(label(el, items[1].id));
      await el.updateComplete;
      expect(el.checked).to.deep.equal([items[0].id]);
      expect(seen).to.have.length(0);
    });

    it('restores the state the browser saved, known ids only, with no change event', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><risk-checklist name="risks"></risk-checklist></form>`);
      const el = form.querySelector('risk-checklist')!;
      const seen = changes(el);
      el.formStateRestoreCallback(`${items[2].id} no-such-item ${items[1].id}`);
      await el.updateComplete;
      expect(el.checked).to.deep.equal([items[1].id, items[2].id]);
      expect(box(el, items[2].id).checked).to.equal(true);
      expect(new FormData(form).getAll('risks')).to.deep.equal([items[1].id, items[2].id]);
      expect(seen).to.have.length(0);
    });
  });

  describe('print', () => {
    let print: SinonStub;
    beforeEach(() => {
      print = stub(window, 'print');
    });
    afterEach(async () => {
      print.restore();
      window.dispatchEvent(new Event('afterprint'));
      if (await canEmulatePrint()) await emulateMedia({ media: 'screen' });
    });

    it('prints with the page print dialog, and cleans up after printing', async () => {
      const el = await render();
      $<HTMLButtonElement>(el, '[part~="print-button"]').click();
      expect(print.calledOnce).to.equal(true);
      expect(el.hasAttribute('data-kw-print-target')).to.equal(true);
      expect(document.body.hasAttribute('data-kw-print-path')).to.equal(true);
      expect(document.adoptedStyleSheets.length).to.be.greaterThan(0);
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('data-kw-print-target')).to.equal(false);
      expect(document.querySelectorAll('[data-kw-print-path]')).to.have.length(0);
      expect(document.adoptedStyleSheets).to.have.length(0);
    });

    it('still prints, the page whole, where constructable stylesheets are missing (Safari before 16.4)', async () => {
      const el = await render();
      const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!;
      delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.error);
      window.addEventListener('error', onError);
      try {
        $<HTMLButtonElement>(el, '[part~="print-button"]').click();
        expect(print.calledOnce).to.equal(true);
        expect(el.hasAttribute('data-kw-print-target')).to.equal(false);
        expect(uncaught).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        Object.defineProperty(Document.prototype, 'adoptedStyleSheets', descriptor);
      }
    });

    it('prints just the summary: list and the rest of the page hidden', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <header id="site-header"><p>Riverside clinic: home, services, contact</p></header>
          <main id="main">
            <p id="article">Ketamine for chronic pain: an article on the clinic page.</p>
            <section id="wrap"><risk-checklist></risk-checklist></section>
            <aside id="aside">Book a visit</aside>
          </main>
          <footer id="site-footer">© Riverside clinic</footer>
        </div>
      `);
      const el = page.querySelector('risk-checklist')!;
      await tick(el, items[0].id, items[5].id);
      $<HTMLButtonElement>(el, '[part~="print-button"]').click();
      expect(print.calledOnce).to.equal(true);

      await asPrinted([document, shadow(el)], () => {
        for (const id of ['site-header', 'article', 'aside', 'site-footer']) {
          expect(style(document.getElementById(id)!).display, `#${id}`).to.equal('none');
        }
        for (const id of ['main', 'wrap']) {
          expect(style(document.getElementById(id)!).visibility, `#${id}`).to.equal('hidden');
        }
        expect(shown(el)).to.equal(true);
        const summary = $(el, '[part~="summary"]');
        expect(shown(summary)).to.equal(true);
        expect(summary.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(questions(el)).to.deep.equal([items[0].question, items[5].question]);
        for (const q of $$(el, '[part~="questions"] li')) expect(shown(q)).to.equal(true);
        expect(shown($(el, '[part~="count"]'))).to.equal(true);
        expect(shown($(el, '[part~="date"]'))).to.equal(true);
        expect(textOf($(el, '[part~="date"]'))).to.match(/^Made on .+\d{4}\.$/);
        expect(shown($(el, '[part~="footer"]'))).to.equal(true);

        expect(style($(el, '.groups')).display).to.equal('none');
        for (const part of ['heading', 'intro', 'privacy', 'actions']) {
          expect(style($(el, `[part~="${part}"]`)).display, part).to.equal('none');
        }
      });

      // On screen the page is untouched, even before afterprint.
      expect(shown(document.getElementById('article')!)).to.equal(true);
      expect(shown($(el, '.groups'))).to.equal(true);
      expect(shown($(el, '[part~="date"]'))).to.equal(false);
    });

    it('prints just the summary when the element sits in another component’s shadow root', async () => {
      const page = await fixture<HTMLElement>(
        html`<kw-test-shell><p id="sibling">Other slotted content</p><risk-checklist></risk-checklist></kw-test-shell>`,
      );
      const el = page.querySelector('risk-checklist')!;
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="print-button"]').click();
      const nav = page.shadowRoot!.querySelector('nav')!;
      await asPrinted([document, page.shadowRoot!, shadow(el)], () => {
        expect(style(nav).display).to.equal('none');
        expect(style(document.getElementById('sibling')!).display).to.equal('none');
        expect(shown(el)).to.equal(true);
        expect(shown($(el, '[part~="summary"]'))).to.equal(true);
        expect(style($(el, '.groups')).display).to.equal('none');
      });
      window.dispatchEvent(new Event('afterprint'));
      expect(page.shadowRoot!.adoptedStyleSheets.some((s) => s.cssRules[0]?.cssText.includes('data-kw-print'))).to.equal(false);
    });

    it('leaves the whole page in a printout the reader starts (Ctrl+P), minus the buttons', async () => {
      const page = await fixture<HTMLElement>(html`<div><p id="article">Article</p><risk-checklist></risk-checklist></div>`);
      const el = page.querySelector('risk-checklist')!;
      await tick(el, items[0].id);
      await asPrinted([document, shadow(el)], () => {
        expect(shown(page.querySelector('#article')!)).to.equal(true);
        expect(shown($(el, '.groups'))).to.equal(true);
        expect(box(el, items[0].id).checked).to.equal(true);
        expect(style($(el, '[part~="actions"]')).display).to.equal('none');
      });
    });

    it('stops being the print target when removed from the page', async () => {
      const el = await render();
      $<HTMLButtonElement>(el, '[part~="print-button"]').click();
      el.remove();
      expect(document.querySelectorAll('[data-kw-print-path]')).to.have.length(0);
      expect(document.adoptedStyleSheets).to.have.length(0);
    });
  });

  describe('copy', () => {
    let clock: ReturnType<typeof useFakeTimers> | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
    });

    const longDate = (iso: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${iso}T00:00:00Z`));
    const reviewed = longDate(data.meta.lastReviewed);
    const nextReview = longDate(data.meta.nextReview);
    const sourcesLine = (ticked: typeof items) => {
      const ids = [...new Set([...ticked, ...general].flatMap((c) => c.sources))];
      const shorts = ids.map((id) => data.sources.find((s) => s.id === id)!.short);
      return `${shorts.length > 1 ? 'Sources' : 'Source'}: ${shorts.join('; ')}`;
    };

    it('copies the list as plain text and says so politely', async () => {
      clock = useFakeTimers({ now: new Date(2026, 4, 4, 12), toFake: ['Date'] });
      const write = stub(navigator.clipboard, 'writeText').resolves();
      try {
        const el = await render();
        const [a, b] = [items[0], items[5]];
        await tick(el, b.id, a.id);
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        const status = $(el, '[part~="copy-status"]');
        expect(status.getAttribute('role')).to.equal('status');
        await waitUntil(() => textOf(status) !== '', 'copy feedback');
        expect(textOf(status)).to.equal('Copied. You can paste your list into a note, email or text message.');
        expect(write.calledOnce).to.equal(true);
        expect(write.firstCall.args[0]).to.equal(
          [
            'Questions for your care team',
            'Made on May 4, 2026.',
            '',
            'About what you ticked:',
            `1. ${a.question}`,
            `   (You ticked: ${a.label})`,
            `2. ${b.question}`,
            `   (You ticked: ${b.label})`,
            '',
            'Good for everyone to mention:',
            ...general.map((q) => `- ${q.text}`),
            '',
            sourcesLine([a, b]),
            `Last reviewed ${reviewed}. Next review due ${nextReview}.`,
            `Please note: ${data.meta.disclaimer}`,
          ].join('\n'),
        );
      } finally {
        write.restore();
      }
    });

    it('copies the general questions when nothing is ticked', async () => {
      clock = useFakeTimers({ now: new Date(2026, 0, 15, 12), toFake: ['Date'] });
      const write = stub(navigator.clipboard, 'writeText').resolves();
      try {
        const el = await render();
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        await waitUntil(() => write.called, 'copied');
        const lines = String(write.firstCall.args[0]).split('\n');
        expect(lines.slice(0, 6)).to.deep.equal([
          'Questions for your care team',
          'Made on January 15, 2026.',
          '',
          'About what you ticked:',
          'Nothing was ticked.',
          '',
        ]);
        expect(lines).to.include(sourcesLine([]));
      } finally {
        write.restore();
      }
    });

    it('announces a second copy again (the status empties first)', async () => {
      const write = stub(navigator.clipboard, 'writeText').resolves();
      try {
        const el = await render();
        const status = $(el, '[part~="copy-status"]');
        const button = $<HTMLButtonElement>(el, '[part~="copy-button"]');
        button.click();
        await waitUntil(() => textOf(status) !== '', 'first copy');
        const seen: string[] = [];
        const observer = new MutationObserver(() => seen.push(textOf(status)));
        observer.observe(status, { subtree: true, childList: true, characterData: true });
        button.click();
        await waitUntil(() => seen.length >= 2 && seen[seen.length - 1] !== '', 'second copy');
        observer.disconnect();
        expect(seen[0]).to.equal('');
        expect(seen[seen.length - 1]).to.match(/^Copied\./);
        expect(write.calledTwice).to.equal(true);
      } finally {
        write.restore();
      }
    });

    it('clears a stale "Copied" when the list changes', async () => {
      const write = stub(navigator.clipboard, 'writeText').resolves();
      try {
        const el = await render();
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        await waitUntil(() => textOf($(el, '[part~="copy-status"]')) !== '', 'copied');
        await tick(el, items[0].id);
        expect(textOf($(el, '[part~="copy-status"]'))).to.equal('');
      } finally {
        write.restore();
      }
    });

    it('offers the text to copy by hand when the browser refuses', async () => {
      const write = stub(navigator.clipboard, 'writeText').rejects(new DOMException('Denied', 'NotAllowedError'));
      try {
        const el = await render();
        await tick(el, items[0].id);
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        await waitUntil(() => shadow(el).querySelector('[part~="copy-text"]'), 'fallback text box');
        const area = $<HTMLTextAreaElement>(el, '[part~="copy-text"]');
        await waitUntil(() => shadow(el).activeElement === area, 'text box focused');
        expect(textOf($(el, '[part~="copy-status"]'))).to.equal(
          'Your browser did not let this page copy. Your list is in the box below: select all of it and copy it.',
        );
        expect(area.readOnly).to.equal(true);
        expect(area.labels?.length).to.equal(1);
        expect(area.value).to.contain(items[0].question);
        expect(area.selectionStart).to.equal(0);
        expect(area.selectionEnd).to.equal(area.value.length);
        // The box follows the list.
        await tick(el, items[1].id);
        expect(area.value).to.contain(items[1].question);
        await expect(el).to.be.accessible();
      } finally {
        write.restore();
      }
    });

    it('offers the text to copy by hand where there is no clipboard API', async () => {
      const clipboard = stub(Navigator.prototype, 'clipboard').get(() => undefined);
      try {
        const el = await render();
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        await waitUntil(() => shadow(el).querySelector('[part~="copy-text"]'), 'fallback text box');
        expect($<HTMLTextAreaElement>(el, '[part~="copy-text"]').value).to.match(/^Questions for your care team\n/);
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('privacy', () => {
    it('stores nothing and sends nothing while ticking, copying and printing', async () => {
      const spies: SinonSpy[] = [];
      const watch = <T extends object>(obj: T, key: keyof T) => {
        const s = spy(obj, key as never) as unknown as SinonSpy;
        spies.push(s);
        return s;
      };
      const setItem = watch(Storage.prototype, 'setItem');
      const idbOpen = watch(IDBFactory.prototype, 'open');
      const cacheOpen = typeof CacheStorage === 'function' ? watch(CacheStorage.prototype, 'open') : undefined;
      const fetchSpy = watch(window, 'fetch');
      const xhrOpen = watch(XMLHttpRequest.prototype, 'open');
      const beacon = watch(navigator, 'sendBeacon');
      const cookieSet = spy();
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => cookie.get!.call(document),
        set: (value: string) => {
          cookieSet(value);
          cookie.set!.call(document, value);
        },
      });
      const write = stub(navigator.clipboard, 'writeText').resolves();
      const print = stub(window, 'print');
      const storageBefore = [localStorage.length, sessionStorage.length, document.cookie];
      performance.clearResourceTimings();
      try {
        const el = await render(html`<form><risk-checklist name="risks"></risk-checklist></form>`).then(
          (form) => form.querySelector('risk-checklist')! as RiskChecklist,
        );
        await tick(el, items[0].id, items[1].id, items[0].id);
        box(el, items[2].id).focus();
        await sendKeys({ press: ' ' });
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        await waitUntil(() => write.called, 'copied');
        $<HTMLButtonElement>(el, '[part~="print-button"]').click();
        window.dispatchEvent(new Event('afterprint'));
        el.closest('form')!.reset();
        await el.updateComplete;

        expect(print.calledOnce && write.calledOnce, 'the actions ran').to.equal(true);
        expect(setItem.called, 'Storage.setItem').to.equal(false);
        expect(idbOpen.called, 'indexedDB.open').to.equal(false);
        expect(cacheOpen?.called ?? false, 'caches.open').to.equal(false);
        expect(cookieSet.called, 'document.cookie').to.equal(false);
        expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storageBefore);
        expect(fetchSpy.called, 'fetch').to.equal(false);
        expect(xhrOpen.called, 'XMLHttpRequest').to.equal(false);
        expect(beacon.called, 'sendBeacon').to.equal(false);
        expect(
          performance.getEntriesByType('resource').map((e) => e.name),
          'requests',
        ).to.deep.equal([]);
      } finally {
        spies.forEach((s) => s.restore());
        delete (document as { cookie?: string }).cookie;
        write.restore();
        print.restore();
      }
    });
  });

  describe('accessibility', () => {
    it('is axe clean with nothing ticked', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
    });

    it('is axe clean with some items ticked', async () => {
      const el = await render();
      await tick(el, items[0].id, items[items.length - 1].id);
      await expect(el).to.be.accessible();
    });

    it('is axe clean with every item ticked', async () => {
      const el = await render();
      for (const input of $$<HTMLInputElement>(el, 'input[type="checkbox"]')) input.click();
      await el.updateComplete;
      expect(el.checked).to.deep.equal(items.map((i) => i.id));
      expect(countText(el)).to.equal(`${items.length} things to discuss with your care team`);
      await expect(el).to.be.accessible();
    });

    it('is axe clean in dark mode, with the dark accent on its checkboxes', async () => {
      const el = await render(html`<risk-checklist color-scheme="dark"></risk-checklist>`);
      await tick(el, items[0].id);
      const accent = style(el).getPropertyValue('--_kw-accent').trim();
      expect(accent).to.equal('#8cc4ff');
      const probe = document.createElement('span');
      probe.style.color = accent;
      document.body.append(probe);
      expect(style(box(el, items[0].id)).accentColor).to.equal(style(probe).color);
      probe.remove();
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await render();
        await tick(el, items[0].id);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        for (const r of $$(el, '[part~="item"]')) expect(r.scrollWidth).to.be.at.most(r.clientWidth + 1);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('API and theming', () => {
    it('puts its headings at heading-level', async () => {
      const el = await render(html`<risk-checklist heading-level="4"></risk-checklist>`);
      expect($(el, '#title').localName).to.equal('h4');
      expect($(el, '#summary-title').localName).to.equal('h5');
      expect($(el, '#ticked-title').localName).to.equal('h6');
      expect($(el, '#general-title').localName).to.equal('h6');
    });

    for (const bad of ['9', 'two']) {
      it(`falls back to h2 and warns once for heading-level="${bad}"`, async () => {
        warningExpected = true;
        const el = await render(html`<risk-checklist heading-level=${bad}></risk-checklist>`);
        el.requestUpdate();
        await el.updateComplete;
        expect($(el, '#title').localName).to.equal('h2');
        expect($(el, '#summary-title').localName).to.equal('h3');
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('<risk-checklist>').and.contain('heading-level');
      });
    }

    it('warns once and uses auto for an unknown color-scheme', async () => {
      warningExpected = true;
      const el = await render(html`<risk-checklist color-scheme="purple"></risk-checklist>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('color-scheme');
      expect(style(el).getPropertyValue('--_kw-accent').trim()).to.be.oneOf(['#0b5cad', '#8cc4ff']);
    });

    it('shows the clinic contact from a clinic dataset, on screen and in the copied text', async () => {
      const write = stub(navigator.clipboard, 'writeText').resolves();
      try {
        const el = await render(html`<risk-checklist src="/fixtures/checklist-clinic"></risk-checklist>`);
        await waitUntil(() => shadow(el).querySelector('[part~="clinic"]'), 'clinic line', LOADS);
        expect(textOf($(el, '[part~="clinic"]'))).to.equal('Riverside Pain Clinic: Call us at 555-0100');
        $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
        await waitUntil(() => write.called, 'copied');
        expect(String(write.firstCall.args[0])).to.contain('\nRiverside Pain Clinic: Call us at 555-0100\n');
      } finally {
        write.restore();
      }
    });

    it('has every documented part', async () => {
      const el = await render();
      await tick(el, items[0].id);
      const parts = [
        'heading',
        'intro',
        'privacy',
        'group',
        'legend',
        'item',
        'checkbox',
        'label',
        'why',
        'citation',
        'summary',
        'summary-heading',
        'subheading',
        'date',
        'count',
        'questions',
        'general-questions',
        'actions',
        'print-button',
        'copy-button',
        'copy-status',
        'footer',
        'disclaimer',
        'reviewed',
      ];
      for (const part of parts) expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    });

    it('takes its colours from custom properties', async () => {
      const el = await render(
        html`<risk-checklist
          style="--kw-risk-checklist-check-color: rgb(120, 0, 90); --kw-risk-checklist-summary-background: rgb(250, 240, 200); --kw-risk-checklist-row-checked: rgb(230, 250, 230)"
        ></risk-checklist>`,
      );
      await tick(el, items[0].id);
      expect(style(box(el, items[0].id)).accentColor).to.equal('rgb(120, 0, 90)');
      expect(style(row(el, items[0].id)).backgroundColor).to.equal('rgb(230, 250, 230)');
      expect(style($(el, '[part~="summary"]')).backgroundColor).to.equal('rgb(250, 240, 200)');
    });
  });

  describe('strings', () => {
    it('has a Spanish string for every English one, with the same placeholders', () => {
      const placeholders = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
      for (const [key, english] of Object.entries(strings.en)) {
        const spanish = checklistEs[key as keyof typeof strings.en];
        expect(spanish, key).to.be.a('string').and.not.equal('');
        expect(spanish, key).to.not.equal(english);
        expect(placeholders(spanish!), key).to.deep.equal(placeholders(english));
      }
    });

    it('counts in Spanish with the right plural', () => {
      const forms = { one: checklistEs.countOne!, other: checklistEs.countOther! };
      expect(plural('es', 1, forms)).to.equal('1 tema para hablar con su equipo médico');
      expect(plural('es', 3, forms)).to.equal('3 temas para hablar con su equipo médico');
    });
  });

  describe('strict Content-Security-Policy with Trusted Types', () => {
    it('renders, ticks, copies and prints with no CSP violation', async () => {
      const { win, doc } = await openFrame({ title: 'strict page', width: 800, height: 600 });
      try {
        const violations: string[] = [];
        doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = new URL('/src/ketamine-widgets.ts', location.href).href;
        const meta = doc.createElement('meta');
        meta.httpEquiv = 'Content-Security-Policy';
        // 'self' plus the origin spelled out: Firefox resolves 'self' in an about:blank frame to
        // about:blank, Chromium to the parent's origin. Either way: this site's files only.
        const self = `'self' ${location.origin}`;
        meta.content = `default-src 'none'; script-src ${self}; style-src ${self}; require-trusted-types-for 'script'`;
        doc.head.append(meta);
        // The policy is in force: an inline style element is refused.
        const probe = doc.createElement('style');
        probe.textContent = 'p { color: red }';
        doc.head.append(probe);
        await waitUntil(() => violations.length > 0, 'the policy reports the inline style');
        expect(violations[0]).to.match(/^style-src/);
        violations.length = 0;

        const loaded = new Promise((resolve, reject) => {
          script.addEventListener('load', resolve);
          script.addEventListener('error', () => reject(new Error(`module did not load: ${violations.join(', ')}`)));
        });
        doc.head.append(script);
        await loaded;
        await win.customElements.whenDefined('risk-checklist');
        if ('trustedTypes' in win) {
          // Trusted Types are enforced: a plain string into a script URL sink is refused.
          let refused: unknown;
          try {
            doc.createElement('script').src = '/x.js';
          } catch (e) {
            refused = e;
          }
          expect((refused as Error | undefined)?.name).to.equal('TypeError');
          violations.length = 0;
        }
        const paragraph = doc.createElement('p');
        paragraph.textContent = 'Clinic page text';
        const el = doc.createElement('risk-checklist') as RiskChecklist;
        doc.body.append(paragraph, el);
        await el.updateComplete;
        expect($$(el, 'input[type="checkbox"]')).to.have.length(items.length);
        box(el, items[0].id).click();
        await el.updateComplete;
        expect(questions(el)).to.deep.equal([items[0].question]);

        const printStub = stub(win, 'print');
        $<HTMLButtonElement>(el, '[part~="print-button"]').click();
        expect(printStub.calledOnce).to.equal(true);
        expect(doc.adoptedStyleSheets.length).to.equal(1);
        win.dispatchEvent(new win.Event('afterprint'));
        expect(doc.adoptedStyleSheets.length).to.equal(0);

        expect(violations).to.deep.equal([]);
      } finally {
        closeFrames();
      }
    });
  });
});

/** A host component that slots the checklist next to its own shadow content. */
class TestShell extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const nav = document.createElement('nav');
    nav.textContent = 'Shell navigation';
    const main = document.createElement('div');
    main.append(document.createElement('slot'));
    root.append(nav, main);
  }
}
customElements.define('kw-test-shell', TestShell);

/**
 * Runs `check` with print styles in force. Where the browser can emulate print media (Chromium),
 * that is real print emulation. Where it cannot (Firefox's WebDriver BiDi has no media-type
 * emulation), each `@media print` rule in the given trees' stylesheets is switched to `all` for
 * the duration: the same rules, measured with the browser's own cascade.
 */
let printEmulation: Promise<boolean> | undefined;

/** Whether the browser can emulate print media; asked once, since a refusal logs a stack trace. */
function canEmulatePrint(): Promise<boolean> {
  printEmulation ??= emulateMedia({ media: 'print' }).then(
    async () => {
      const works = matchMedia('print').matches;
      await emulateMedia({ media: 'screen' });
      return works;
    },
    () => false,
  );
  return printEmulation;
}

async function asPrinted(roots: (Document | ShadowRoot)[], check: () => void): Promise<void> {
  if (await canEmulatePrint()) {
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches, 'print media emulated').to.equal(true);
    try {
      check();
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    return;
  }
  const flipped: MediaList[] = [];
  for (const root of roots) {
    for (const sheet of root.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
          rule.media.mediaText = 'all';
          flipped.push(rule.media);
        }
      }
    }
  }
  expect(flipped.length, 'print rules found').to.be.greaterThan(0);
  try {
    check();
  } finally {
    for (const media of flipped) media.mediaText = 'print';
  }
}
