import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, noChange } from 'lit';
import { frozen, FrozenCopies, prebuildFrozen, stripFrozenMarkers } from '../../src/internal/frozen.js';
import { KetamineFacts as KetamineFactsClass } from '../../src/components/ketamine-facts/ketamine-facts.js';
import '../../src/ketamine-widgets.js';
import type { KetamineFacts, RiskChecklist } from '../../src/ketamine-widgets.js';
import { commentsUnder } from '../helpers/comments.js';

const bodies = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="body"]')];

describe('frozen content', () => {
  it('renders the template once and hands out plain copies', () => {
    const keys = [{}];
    let built = 0;
    const build = () => {
      built++;
      return html`<p class=${'a'} title=${'b'}>${'one'} <span>${'two'}</span></p>`;
    };
    const first = frozen(keys, 'x', build);
    const second = frozen(keys, 'x', build);
    expect(built).to.equal(1);
    expect(first).to.not.equal(second);
    expect([first.localName, first.className, first.getAttribute('title'), first.textContent]).to.deep.equal(['p', 'a', 'b', 'one two']);
    expect(first.firstElementChild?.localName).to.equal('span');
    expect(second.isEqualNode(first)).to.equal(true);
    expect(commentsUnder(first)).to.equal(0);
  });

  it('builds again for other key objects or another name', () => {
    let built = 0;
    const build = () => html`<p>${++built}</p>`;
    const a = {};
    frozen([a], 'x', build);
    frozen([{}], 'x', build);
    frozen([a], 'y', build);
    expect(built).to.equal(3);
  });

  it('keeps one element its copy while the keys stay, and drops it when they change', () => {
    const copies = new FrozenCopies();
    const a = {};
    const build = () => html`<p>x</p>`;
    const root = document.createDocumentFragment();
    const first = copies.get([a], 'x', build, root) as Element;
    expect(copies.get([a], 'x', build, root)).to.equal(first);
    root.append(first);
    expect(copies.get([a], 'x', build, root), 'shown in its root').to.equal(first);
    document.createElement('div').append(first);
    expect(copies.get([a], 'x', build, root), 'moved elsewhere (into a master copy)').to.not.equal(first);
    expect(copies.get([{}], 'x', build, root)).to.not.equal(first);
  });
});

describe('frozen content a hydrating element adopts', () => {
  const build = () => html`<p>x</p>`;
  const root = document.createDocumentFragment();

  it('an adopted piece is noChange while every render asks for it with the same keys', () => {
    const copies = new FrozenCopies();
    const keys = [{}];
    expect(copies.render(() => copies.adopt(keys, 'x'))).to.equal(noChange);
    expect(copies.render(() => copies.get(keys, 'x', build, root))).to.equal(noChange);
    expect(
      copies.render(() => copies.get(keys, 'x', build, root)),
      'still',
    ).to.equal(noChange);
    expect(
      copies.render(() => copies.get(keys, 'y', build, root)),
      'another piece is a copy',
    ).to.be.instanceOf(Element);
  });

  it('is rendered afresh once a render left it out (its part is gone), or the keys changed', () => {
    const copies = new FrozenCopies();
    const keys = [{}];
    copies.render(() => [copies.adopt(keys, 'x'), copies.adopt(keys, 'y')]);
    copies.render(() => copies.get(keys, 'y', build, root));
    const [x, y] = copies.render(() => [copies.get(keys, 'x', build, root), copies.get(keys, 'y', build, root)]);
    expect(x, 'left out of the render before').to.be.instanceOf(Element);
    expect(y, 'asked for by every render').to.equal(noChange);
    expect(
      copies.render(() => copies.get([{}], 'y', build, root)),
      'new keys',
    ).to.be.instanceOf(Element);
  });

  it('forgetAdopted renders every piece afresh (a hydration that failed)', () => {
    const copies = new FrozenCopies();
    const keys = [{}];
    copies.render(() => copies.adopt(keys, 'x'));
    copies.forgetAdopted();
    expect(copies.render(() => copies.get(keys, 'x', build, root))).to.be.instanceOf(Element);
  });

  it('stripFrozenMarkers drops the markers inside a piece, nested ones too, and keeps the part around it', () => {
    const out = stripFrozenMarkers(
      '<!--lit-part A--><p><!--lit-part B--><!--kw-frozen--><!--lit-part C--><div><!--lit-node 0--><h3 id="t">' +
        '<!--lit-part-->T<!--/lit-part--><?></h3><!--kw-frozen--><!--lit-part D--><p>q</p><!--/lit-part--><!--/kw-frozen-->' +
        "</div><!--/lit-part--><!--/kw-frozen--><!--/lit-part--><!--lit-node 2--><i></i><?></p><!--/lit-part--><!-- an author's comment -->",
    );
    expect(out).to.equal(
      '<!--lit-part A--><p><!--lit-part B--><div><h3 id="t">T</h3><p>q</p></div><!--/lit-part--><!--lit-node 2--><i></i><?></p><!--/lit-part--><!-- an author\'s comment -->',
    );
  });
});

describe('frozen content built ahead and nested', () => {
  it('prebuildFrozen renders the master without copying it; frozen() then only copies it', () => {
    const keys = [{}];
    let built = 0;
    const build = () => html`<p>${++built}</p>`;
    prebuildFrozen(keys, 'x', build);
    prebuildFrozen(keys, 'x', build);
    expect(built).to.equal(1);
    expect(frozen(keys, 'x', build).textContent).to.equal('1');
    expect(built).to.equal(1);
  });

  it('a copy asked for while another master is built is a copy of its own master, built once', () => {
    const keys = [{}];
    let inner = 0;
    const innerBuild = () => html`<em>${'in'}${++inner}</em>`;
    const outer = (name: string) => frozen(keys, name, () => html`<div>${'a'}${frozen(keys, 'inner', innerBuild)}${'b'}</div>`);
    const one = outer('one');
    const two = outer('two');
    expect(inner).to.equal(1);
    expect([one.textContent, two.textContent]).to.deep.equal(['ain1b', 'ain1b']);
    expect(commentsUnder(one)).to.equal(0);
    // Its text nodes joined as the parser would: "a", <em>, "b".
    expect([...one.childNodes].map((n) => n.nodeName)).to.deep.equal(['#text', 'EM', '#text']);
  });
});

/** Records when <ketamine-facts> builds its frozen copies ahead of its first render. */
class ProbeFacts extends KetamineFactsClass {
  static log: Array<{ el: ProbeFacts; what: string }> = [];
  protected override prebuild(name: string, build: Parameters<KetamineFactsClass['prebuild']>[1]): void {
    ProbeFacts.log.push({ el: this, what: name.split(' ').slice(0, 2).join(' ') });
    super.prebuild(name, build);
  }
  protected override heading(...args: Parameters<KetamineFactsClass['heading']>): ReturnType<KetamineFactsClass['heading']> {
    ProbeFacts.log.push({ el: this, what: 'heading' });
    return super.heading(...args);
  }
  protected override render(): ReturnType<KetamineFactsClass['render']> {
    ProbeFacts.log.push({ el: this, what: 'render' });
    return super.render();
  }
  protected override firstUpdated(changed: Parameters<KetamineFactsClass['firstUpdated']>[0]): void {
    super.firstUpdated(changed);
    ProbeFacts.log.push({ el: this, what: 'first render' });
  }
}
customElements.define('probe-facts', ProbeFacts);

describe('<ketamine-facts> builds its topics ahead of its first render', () => {
  beforeEach(() => (ProbeFacts.log = []));
  const ofEl = (el: Element) => ProbeFacts.log.filter((entry) => entry.el === el);

  it('in full: each topic, then the source list, then the first render, which copies them', async () => {
    const el = await fixture<ProbeFacts>(testHtml`<probe-facts sections="research side-effects what-it-is"></probe-facts>`);
    await el.updateComplete;
    // Each a step of its own (a task of its own when it takes a slice's time: scheduler.test.ts).
    // Its headings are rendered in the steps: the first render only copies what they built.
    const log = ofEl(el).map((e) => e.what.replace(/^sources .*/, 'sources'));
    expect(log.slice(log.indexOf('render'))).to.deep.equal(['render', 'first render']);
    expect(log.filter((what) => what !== 'heading')).to.deep.equal([
      'section research',
      'section side-effects',
      'section what-it-is',
      'sources',
      'render',
      'first render',
    ]);
    expect(el.shownSections).to.deep.equal(['research', 'side-effects', 'what-it-is']);
    const headings = [...el.shadowRoot!.querySelectorAll('[part~="section"] > [part~="heading"]')].map((h) => h.textContent!.trim());
    expect(headings).to.have.length(3);
    expect(commentsUnder(el.shadowRoot!.querySelector('.facts')!)).to.equal(0);
  });

  it('not in compact, and not while a clinic dataset is on its way: the first render does the work', async () => {
    const compact = await fixture<ProbeFacts>(testHtml`<probe-facts variant="compact"></probe-facts>`);
    await compact.updateComplete;
    // Up to the first render (a clinic dataset renders again when it arrives).
    const steps = (el: Element) => {
      const log = ofEl(el)
        .filter((e) => e.what !== 'heading')
        .map((e) => e.what);
      return log.slice(0, log.indexOf('first render') + 1);
    };
    expect(steps(compact)).to.deep.equal(['render', 'first render']);
    const clinic = await fixture<ProbeFacts>(testHtml`<probe-facts src="/fixtures/facts-clinic"></probe-facts>`);
    await clinic.updateComplete;
    expect(steps(clinic)).to.deep.equal(['render', 'first render']);
  });
});

describe('frozen content in the elements', () => {
  it('two <ketamine-facts> show equal, separate topic bodies with no Lit markers in them', async () => {
    const wrap = await fixture(testHtml`<div><ketamine-facts></ketamine-facts><ketamine-facts></ketamine-facts></div>`);
    const [a, b] = [...wrap.querySelectorAll<KetamineFacts>('ketamine-facts')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    const [ba, bb] = [bodies(a), bodies(b)];
    expect(ba.length).to.be.greaterThan(5);
    expect(bb.length).to.equal(ba.length);
    ba.forEach((node, i) => expect(node.isEqualNode(bb[i])).to.equal(true));
    ba.forEach((node, i) => expect(node).to.not.equal(bb[i]));
    ba.forEach((node) => expect(commentsUnder(node), node.textContent!.slice(0, 80)).to.equal(0));
  });

  it('a disclosure opened in compact keeps its body node: nothing is cloned again', async () => {
    const el = await fixture<KetamineFacts>(testHtml`<ketamine-facts variant="compact"></ketamine-facts>`);
    await el.updateComplete;
    const before = bodies(el);
    const details = el.shadowRoot!.querySelector('details')!;
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await el.updateComplete;
    const after = bodies(el);
    expect(after.length).to.equal(before.length);
    after.forEach((node, i) => expect(node).to.equal(before[i]));
  });

  it('a new heading level renders the bodies again, with their finding titles one level down', async () => {
    const el = await fixture<KetamineFacts>(testHtml`<ketamine-facts sections="research"></ketamine-facts>`);
    await el.updateComplete;
    const titles = () => [...el.shadowRoot!.querySelectorAll('[part~="finding-title"]')].map((n) => n.localName);
    expect(new Set(titles())).to.deep.equal(new Set(['h3']));
    el.headingLevel = 4;
    await el.updateComplete;
    expect(new Set(titles())).to.deep.equal(new Set(['h5']));
    el.headingLevel = 6;
    await el.updateComplete;
    expect(new Set(titles())).to.deep.equal(new Set(['p']));
  });

  it('a checklist item keeps its ticked state and its frozen text across updates', async () => {
    const el = await fixture<RiskChecklist>(testHtml`<risk-checklist></risk-checklist>`);
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const text = box.closest('[part~="item"]')!.querySelector('.text')!;
    box.click();
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(box.closest('[part~="item"]')!.classList.contains('checked')).to.equal(true);
    expect(box.closest('[part~="item"]')!.querySelector('.text')).to.equal(text);
    expect(commentsUnder(text)).to.equal(0);
  });
});
