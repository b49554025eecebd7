import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { stubConsole } from '../helpers/console.js';
import { LOADS, preload } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';
import { KwElement } from '../../src/internal/kw-element.js';
import type { Dataset } from '../../src/data/dataset.js';
import type { KwErrorEvent, KwLoadEvent } from '../../src/internal/events.js';
import en from '../../src/data/ketamine.en.json';

/** The smallest real element on the base class: shows what it resolved. */
class TestWidget extends KwElement {
  protected override firstUpdated(): void {
    this.dispatchEvent(new Event('kw-rendered'));
  }

  protected renderData(data: Dataset): TemplateResult {
    return litHtml`${this.heading(data.sections[0].title)}
      <p class="locale">${this.locale}</p>
      <p class="dose">${data.dose.mgPerKgMin}–${data.dose.mgPerKgMax}</p>
      ${this.renderFooter(data)}`;
  }
}
customElements.define('kw-test-widget', TestWidget);

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => textOf(shadow(el).querySelector(selector));

describe('KwElement (the base every element shares)', () => {
  const logs = stubConsole();

  describe('heading-level', () => {
    it('renders an h2 by default', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      expect(shadow(el).querySelector('h2')?.textContent).to.equal(en.sections[0].title);
    });

    for (const level of [1, 3, 6]) {
      it(`renders an h${level} for heading-level="${level}"`, async () => {
        const el = await fixture<TestWidget>(html`<kw-test-widget heading-level=${level}></kw-test-widget>`);
        expect(shadow(el).querySelector(`h${level}`)).to.exist;
      });
    }

    for (const bad of ['0', '7', '2.5', 'three', '']) {
      it(`falls back to h2 and warns once for heading-level="${bad}"`, async () => {
        const el = await fixture<TestWidget>(html`<kw-test-widget heading-level=${bad}></kw-test-widget>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el).querySelector('h2')).to.exist;
        expect(logs.warn.callCount).to.equal(1);
        expect(String(logs.warn.firstCall.args[0])).to.contain('<kw-test-widget>').and.contain('heading-level');
      });
    }
  });

  describe('color-scheme', () => {
    it('reflects a valid value for CSS to key off', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      el.colorScheme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('color-scheme')).to.equal('dark');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });

    it('warns about an unknown value and keeps the automatic scheme', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget color-scheme="purple"></kw-test-widget>`);
      expect(logs.warn.callCount).to.equal(1);
      expect(String(logs.warn.firstCall.args[0])).to.contain('color-scheme');
      expect(getComputedStyle(el).colorScheme).to.be.oneOf(['light', 'dark']);
    });
  });

  describe('lang', () => {
    it('warns once when its own lang names a language without content, and shows English', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget lang="fr"></kw-test-widget>`);
      expect(logs.warn.callCount).to.equal(1);
      expect(String(logs.warn.firstCall.args[0])).to.contain('<kw-test-widget>').and.contain('lang="fr"').and.contain('showing English');
      expect(textOf(shadow(el).querySelector('[part~="disclaimer"]')?.textContent)).to.contain(en.meta.disclaimer);
    });

    // Spanish tags are left to hasContentFor's own test: loading the Spanish chunk here would warm it
    // for the test below that needs it cold.
    it('says nothing for en, a regional English tag, or a page in another language', async () => {
      for (const lang of ['en', 'EN-gb']) {
        await fixture<TestWidget>(html`<kw-test-widget lang=${lang}></kw-test-widget>`);
      }
      await fixture(html`<div lang="fr"><kw-test-widget></kw-test-widget></div>`);
      expect(logs.warn.called).to.equal(false);
    });
  });

  describe('removing an attribute', () => {
    it('returns heading-level and color-scheme to their defaults without a warning', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget heading-level="4" color-scheme="dark"></kw-test-widget>`);
      expect(shadow(el).querySelector('h4')).to.exist;
      el.removeAttribute('heading-level');
      el.removeAttribute('color-scheme');
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')).to.exist;
      expect(el.hasAttribute('color-scheme')).to.equal(false);
      expect(getComputedStyle(el).colorScheme).to.be.oneOf(['light', 'dark']);
      expect(logs.warn.called).to.equal(false);
    });
  });

  describe('footer', () => {
    it('shows the disclaimer and the last-reviewed date', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      expect(text(el, '[part="disclaimer"]')).to.contain(en.meta.disclaimer);
      const [y, m, d] = en.meta.lastReviewed.split('-').map(Number);
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
      expect(text(el, '[part="reviewed"]')).to.contain(date);
    });

    it('shows the date of the next review', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      const [y, m, d] = en.meta.nextReview.split('-').map(Number);
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
      expect(text(el, '[part="reviewed"]').replace(/\s+/g, ' ')).to.contain(`Next review due ${date}.`);
    });

    it('shows a clinic’s clinical sign-off', async () => {
      const dataset = {
        clinic: { name: 'North Clinic', signOff: { name: 'Dr. Ana Ruiz', credentials: 'MD, pain medicine', date: '2026-11-30' } },
      };
      // Spanish is tested with <dose-range>: this file needs the Spanish chunk cold (see below).
      for (const expected of ['Checked for North Clinic by Dr. Ana Ruiz, MD, pain medicine, on November 30, 2026.']) {
        const el = document.createElement('kw-test-widget') as TestWidget;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(dataset);
        el.append(script);
        const loaded = oneEvent(el, 'kw-load');
        document.body.append(el);
        try {
          await loaded;
          await waitUntil(() => text(el, '[part="sign-off"]') !== '', 'sign-off shown', LOADS);
          expect(text(el, '[part="sign-off"]').replace(/\s+/g, ' ')).to.equal(expected);
        } finally {
          el.remove();
        }
      }
    });

    it('shows no sign-off line without one', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      expect(shadow(el).querySelector('[part="sign-off"]')).to.equal(null);
    });
  });

  describe('clinic dataset from src', () => {
    // Not Spanish: a test below needs the Spanish chunk cold.
    preload(['validator']);

    it('applies a valid dataset, re-renders and fires kw-load', async () => {
      const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      expect(text(el, '.dose')).to.equal(`${en.dose.mgPerKgMin}–${en.dose.mgPerKgMax}`);
      const loaded = oneEvent(el, 'kw-load') as Promise<KwLoadEvent>;
      el.src = '/fixtures/clinic-good';
      const event = await loaded;
      await el.updateComplete;
      expect(event.url).to.equal('/fixtures/clinic-good');
      expect(text(el, '.dose')).to.equal('0.25–1');
      expect(text(el, '[part="clinic"]')).to.contain('Riverside Pain Clinic').and.contain('555-0100');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part="clinic"] a')?.href).to.equal('https://example.org/ketamine');
      expect(logs.error.called).to.equal(false);
    });

    const failures: [string, string, string][] = [
      ['a 404', '/fixtures/clinic-good?status=404', '(response)'],
      ['a missing file', '/fixtures/no-such-clinic', '(response)'],
      ['malformed JSON', '/fixtures/clinic-malformed', '(json)'],
      ['a wrong type', '/fixtures/clinic-bad-schema', 'dose.mgPerKgMin'],
      ['a range upside down', '/fixtures/clinic-bad-range', 'dose.mgPerKgMax'],
      ['an unknown source id', '/fixtures/clinic-unknown-source', 'dose.sources.0'],
    ];
    for (const [what, url, field] of failures) {
      it(`keeps the bundled content on ${what}, logs the URL and field once, fires kw-error`, async () => {
        const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
        const failed = oneEvent(el, 'kw-error') as Promise<KwErrorEvent>;
        el.src = url;
        const event = await failed;
        await el.updateComplete;
        expect(event.field).to.equal(field);
        expect(event.url).to.contain(url.split('?')[0]);
        expect(event.reason).to.be.a('string').and.not.be.empty;
        expect(text(el, '.dose')).to.equal(`${en.dose.mgPerKgMin}–${en.dose.mgPerKgMax}`);
        expect(logs.error.callCount).to.equal(1);
        const message = String(logs.error.firstCall.args[0]);
        expect(message).to.contain('<kw-test-widget>').and.contain(url.split('?')[0]).and.contain(field);
      });
    }

    it('asks the server once for a URL shared by several elements', async () => {
      const url = `/fixtures/clinic-good?shared=${Math.random()}`;
      const before = performance.getEntriesByType('resource').length;
      const wrapper = await fixture<HTMLElement>(html`<div>
        <kw-test-widget src=${url}></kw-test-widget><kw-test-widget src=${url}></kw-test-widget><kw-test-widget src=${url}></kw-test-widget>
      </div>`);
      const widgets = [...wrapper.querySelectorAll<TestWidget>('kw-test-widget')];
      await waitUntil(() => widgets.every((w) => text(w, '.dose') === '0.25–1'), 'all three apply the dataset', LOADS);
      const requests = performance
        .getEntriesByType('resource')
        .slice(before)
        .filter((e) => e.name.includes('shared='));
      expect(requests).to.have.length(1);
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const el = document.createElement('kw-test-widget') as TestWidget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ dose: { mgPerKgMin: 0.4, mgPerKgMax: 1.5 } });
      el.append(script);
      const loaded = oneEvent(el, 'kw-load') as Promise<KwLoadEvent>;
      document.body.append(el);
      try {
        const event = await loaded;
        await el.updateComplete;
        expect(event.url).to.equal(undefined);
        expect(text(el, '.dose')).to.equal('0.4–1.5');
      } finally {
        el.remove();
      }
    });

    it('reports a broken inline dataset and keeps the bundled content', async () => {
      const el = document.createElement('kw-test-widget') as TestWidget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "dose": { "durationMinutes": -5 } }';
      el.append(script);
      const failed = oneEvent(el, 'kw-error') as Promise<KwErrorEvent>;
      document.body.append(el);
      try {
        const event = await failed;
        expect(event.field).to.equal('dose.durationMinutes');
        expect(text(el, '.dose')).to.equal(`${en.dose.mgPerKgMin}–${en.dose.mgPerKgMax}`);
        expect(String(logs.error.firstCall.args[0])).to.contain('inline clinic dataset').and.contain('dose.durationMinutes');
      } finally {
        el.remove();
      }
    });

    // What WordPress leaves when KSES strips an Author's inline script: the text, quotes curled by
    // wptexturize and (in classic content) wrapped in a paragraph by wpautop.
    const leftovers: [string, (el: HTMLElement) => void][] = [
      ['bare text', (el) => (el.textContent = JSON.stringify({ clinic: { name: 'Stripped Clinic' } }))],
      [
        'a paragraph with curly quotes',
        (el) => {
          const p = document.createElement('p');
          p.textContent = '{\u201cclinic\u201d:{\u201cname\u201d:\u201cStripped Clinic\u201d}}';
          el.append(p);
        },
      ],
    ];
    for (const [what, fill] of leftovers) {
      it(`says the CMS stripped the inline script when only its JSON text is left (${what})`, async () => {
        const el = document.createElement('kw-test-widget') as TestWidget;
        fill(el);
        const failed = oneEvent(el, 'kw-error') as Promise<KwErrorEvent>;
        document.body.append(el);
        try {
          const event = await failed;
          await el.updateComplete;
          expect(event.field).to.equal('(script)');
          expect(event.url).to.equal(undefined);
          expect(text(el, '.dose')).to.equal(`${en.dose.mgPerKgMin}–${en.dose.mgPerKgMax}`);
          expect(logs.error.callCount).to.equal(1);
          expect(String(logs.error.firstCall.args[0])).to.contain('<kw-test-widget>').and.contain('stripped the script');
          // Never shown: not in the shadow root, and the light DOM is not rendered (no slot).
          expect(shadow(el).textContent).not.to.contain('Stripped Clinic');
          expect(el.innerText).not.to.contain('Stripped Clinic');
        } finally {
          el.remove();
        }
      });
    }

    it('says nothing about ordinary text or an element with no children', async () => {
      const plain = document.createElement('kw-test-widget') as TestWidget;
      plain.textContent = 'Loading the dose range…';
      const empty = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      document.body.append(plain);
      try {
        await plain.updateComplete;
        await empty.updateComplete;
        await Promise.resolve();
        expect(logs.error.called).to.equal(false);
      } finally {
        plain.remove();
      }
    });

    it('ignores a late answer once src has changed again', async () => {
      const url = `/fixtures/clinic-good?delay=300&late=${Math.random()}`;
      const el = await fixture<TestWidget>(html`<kw-test-widget></kw-test-widget>`);
      el.src = url;
      await el.updateComplete;
      el.src = '';
      await el.updateComplete;
      // A second element asks for the same address and shares the first one's request (one fetch
      // per URL): once it shows the answer, the first element has had that answer too.
      const witness = await fixture<TestWidget>(html`<kw-test-widget src=${url}></kw-test-widget>`);
      await waitUntil(() => text(witness, '.dose') === '0.25–1', 'the late answer arrived', LOADS);
      await el.updateComplete;
      expect(text(el, '.dose')).to.equal(`${en.dose.mgPerKgMin}–${en.dose.mgPerKgMax}`);
    });
  });
});

describe('removing element-specific attributes', () => {
  const logs = stubConsole();

  it('<dose-range unit> and <ketamine-facts variant> go back to their defaults without a warning', async () => {
    await import('../../src/ketamine-widgets.js');
    const dose = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<dose-range weight="154" unit="lb"></dose-range>`);
    const facts = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<ketamine-facts variant="compact"></ketamine-facts>`,
    );
    dose.removeAttribute('unit');
    facts.removeAttribute('variant');
    await dose.updateComplete;
    await facts.updateComplete;
    expect(facts.shadowRoot!.querySelector('details')).to.equal(null);
    expect(logs.warn.called, String(logs.warn.firstCall?.args[0])).to.equal(false);
  });
});

describe('time-sliced first renders', () => {
  it('renders every one of many elements added at once, in document order, and later updates at once', async () => {
    const order: number[] = [];
    const wrapper = document.createElement('div');
    for (let i = 0; i < 60; i++) {
      const el = document.createElement('kw-test-widget') as TestWidget;
      el.dataset.i = String(i);
      el.addEventListener('kw-rendered', () => order.push(i), { once: true });
      wrapper.append(el);
    }
    document.body.append(wrapper);
    try {
      const widgets = [...wrapper.children] as TestWidget[];
      await Promise.all(widgets.map((w) => w.updateComplete));
      expect(widgets.every((w) => w.shadowRoot!.querySelector('h2'))).to.equal(true);
      expect(order).to.deep.equal([...Array(60).keys()]);
      // After the first render, updates take Lit's usual microtask: no queue, no task boundary.
      widgets[0].headingLevel = 3;
      await widgets[0].updateComplete;
      expect(widgets[0].shadowRoot!.querySelector('h3')).to.exist;
    } finally {
      wrapper.remove();
    }
  });
});

describe('room held until content is on screen (:state(pending))', () => {
  const pending = (el: Element) => el.matches(':state(pending)');
  const height = (el: Element) => el.getBoundingClientRect().height;
  /** A widget as ketamine-widgets.css styles it: --kw-reserve set (100vh there). */
  const reserved = () => {
    const el = document.createElement('kw-test-widget') as TestWidget;
    el.style.setProperty('--kw-reserve', '100vh');
    return el;
  };

  it('keeps the room (--kw-reserve) from upgrade to first render, then fits the content', async () => {
    const el = reserved();
    document.body.append(el);
    try {
      // Connected and upgraded; the first render waits for its slice (a microtask away).
      expect(pending(el)).to.equal(true);
      expect(height(el)).to.be.at.least(window.innerHeight);
      await el.updateComplete;
      expect(pending(el)).to.equal(false);
      expect(height(el)).to.be.above(0).and.below(window.innerHeight);
    } finally {
      el.remove();
    }
  });

  it('holds nothing without ketamine-widgets.css, or once it has given the room back', async () => {
    for (const reserve of [null, '0px']) {
      const el = document.createElement('kw-test-widget') as TestWidget;
      if (reserve) el.style.setProperty('--kw-reserve', reserve);
      document.body.append(el);
      try {
        expect(pending(el)).to.equal(true);
        expect(height(el), String(reserve)).to.be.below(60);
        await el.updateComplete;
      } finally {
        el.remove();
      }
    }
  });

  // The only test in this file that asks for Spanish: its chunk is not loaded before this one.
  it('holds it while a language bundle is on its way; a language switch keeps the old text meanwhile', async () => {
    const switching = await fixture<TestWidget>(html`<kw-test-widget lang="en"></kw-test-widget>`);
    const fresh = reserved();
    fresh.lang = 'es';
    switching.lang = 'es';
    // What the first render left on screen, read as soon as that update has finished.
    const afterFirst = new Promise<{ shown: string; pending: boolean; height: number; switching: string; switchingPending: boolean }>(
      (resolve) =>
        fresh.addEventListener('kw-rendered', () =>
          queueMicrotask(() =>
            resolve({
              shown: text(fresh, '.locale'),
              pending: pending(fresh),
              height: height(fresh),
              switching: text(switching, 'h2'),
              switchingPending: pending(switching),
            }),
          ),
        ),
    );
    document.body.append(fresh);
    try {
      const first = await afterFirst;
      expect(first.shown, 'Spanish chunk already loaded: this test needs it cold').to.equal('');
      expect(first.pending).to.equal(true);
      expect(first.height).to.be.at.least(window.innerHeight);
      expect(first.switching, 'the English text stays until the Spanish arrives').to.equal(en.sections[0].title);
      expect(first.switchingPending).to.equal(false);

      await waitUntil(
        () => text(fresh, 'h2') !== '' && text(switching, 'h2') === text(fresh, 'h2') && text(fresh, 'h2') !== en.sections[0].title,
        'Spanish content arrives',
        LOADS,
      );
      await fresh.updateComplete;
      expect(pending(fresh)).to.equal(false);
      expect(height(fresh)).to.be.above(0).and.below(window.innerHeight);
    } finally {
      fresh.remove();
    }
  });
});
