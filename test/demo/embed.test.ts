import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { stub, type SinonStub } from 'sinon';
import manifestJson from '../../custom-elements.json';
import es from '../../src/data/ketamine.es.json';
import type { KwConfigurator } from '../../demo/configurator/kw-configurator.js';
import type { KwPreviewFrame } from '../../demo/configurator/kw-preview-frame.js';
import type { Manifest } from '../../demo/configurator/manifest.js';
import '../../demo/configurator/define.js';
import { closeFrames, openFrame } from '../helpers/frame.js';
import { textOf } from '../helpers/text.js';

/**
 * The definition of done: configure a widget, copy the snippet, paste it into a blank HTML
 * file next to the built bundle (dist/ketamine-widgets.js, which `npm test` builds first), and see
 * the same widget as the live preview.
 */

/** Waiting on a preview frame: it loads the widgets' modules, data and styles over the test server. */
const FRAME_WAIT = { timeout: 20000 };

const manifest = manifestJson as unknown as Manifest;
const $ = <T extends Element = HTMLElement>(el: KwConfigurator, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Computed styles that make a widget look the way it does, compared element by element. */
const STYLE_PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'border-top-color',
  'border-top-width',
  'border-top-left-radius',
  'display',
  'visibility',
] as const;

interface Snapshot {
  path: string;
  text: string;
  style: Record<string, string>;
}

/** The widget's rendered tree: each element's tag, own text and computed style, host first. */
function snapshot(widget: Element): Snapshot[] {
  const win = widget.ownerDocument.defaultView!;
  const out: Snapshot[] = [];
  const visit = (el: Element, path: string) => {
    const style = win.getComputedStyle(el);
    out.push({
      path,
      text: [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
      style: Object.fromEntries(STYLE_PROPERTIES.map((p) => [p, style.getPropertyValue(p)])),
    });
    [...(el.shadowRoot ?? el).children].forEach((child, i) => visit(child, `${path} > ${child.localName}:${i}`));
  };
  visit(widget, widget.localName);
  return out;
}

/** The first place two snapshots differ, in words; undefined when they are the same. */
function difference(a: Snapshot[], b: Snapshot[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (!x || !y) return `pasted has ${a.length} elements, live has ${b.length}`;
    if (x.path !== y.path) return `element ${i}: pasted ${x.path}, live ${y.path}`;
    if (x.text !== y.text) return `${x.path}: pasted text "${x.text}", live "${y.text}"`;
    for (const p of STYLE_PROPERTIES) {
      if (x.style[p] !== y.style[p]) return `${x.path}: pasted ${p} ${x.style[p]}, live ${y.style[p]}`;
    }
  }
  return undefined;
}

/** Every stylesheet link in `doc` has loaded. */
const stylesLoaded = (doc: Document) => [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet);

/** Pastes `snippet` into the body of `doc` as the HTML parser would: scripts run, the rest is copied. */
function paste(doc: Document, snippet: string): void {
  const parsed = new DOMParser().parseFromString(snippet, 'text/html');
  // The snippet's script, link and style land in the parsed head, the element in its body: in order.
  for (const node of [...parsed.head.childNodes, ...parsed.body.childNodes]) {
    if (node instanceof HTMLScriptElement) {
      // A parsed-then-moved script never runs; a pasted one does, so it is made afresh.
      const script = doc.createElement('script');
      for (const name of node.getAttributeNames()) script.setAttribute(name, node.getAttribute(name)!);
      doc.body.append(script);
    } else {
      doc.body.append(doc.importNode(node, true));
    }
  }
}

/** A blank page with nothing but the snippet, as wide as the live preview. */
async function blankPage(width: number): Promise<HTMLIFrameElement> {
  const { frame } = await openFrame({ title: 'Blank page with the pasted snippet', src: '/test/demo/blank.html', width, height: 600 });
  frame.style.border = '0';
  return frame;
}

async function choose(el: KwConfigurator, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector)!;
  expect(
    [...select.options].map((o) => o.value),
    selector,
  ).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function setText(el: KwConfigurator, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('the copied snippet, pasted into a blank page beside the built bundle', function () {
  this.timeout(60000);

  let writeText: SinonStub;
  before(async () => {
    const response = await fetch('/dist/ketamine-widgets.js', { method: 'HEAD' });
    expect(response.ok, 'dist/ketamine-widgets.js is missing: run `node scripts/build.mjs --lib` (npm test does)').to.equal(true);
  });
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
    writeText = stub(navigator.clipboard, 'writeText').resolves();
  });
  afterEach(() => {
    writeText.restore();
    closeFrames();
  });

  /** Configures, copies, pastes, and compares the pasted widget with the live wide preview. */
  async function configureCopyPaste(
    configure: (el: KwConfigurator) => Promise<void>,
    attributes: Record<string, string>,
    ready: (widget: Element) => boolean,
  ) {
    const el = await fixture<KwConfigurator>(
      html`<kw-configurator preview-page="/demo/public/preview.html" host-page="/demo/public/host-page.html" .manifest=${manifest}></kw-configurator>`,
    );
    await configure(el);

    $<HTMLButtonElement>(el, '#copy')!.click();
    await waitUntil(() => writeText.called, 'the snippet is copied', FRAME_WAIT);
    const snippet = writeText.lastCall.args[0] as string;
    expect(snippet).to.equal($(el, 'pre code')!.textContent);

    const preview = $<KwPreviewFrame>(el, 'kw-preview-frame[size="wide"]')!;
    const live = () => preview.widget;
    await waitUntil(
      () => live() && Object.entries(attributes).every(([k, v]) => live()!.getAttribute(k) === v) && ready(live()!),
      'the live preview shows the configuration',
      FRAME_WAIT,
    );

    const blank = await blankPage(preview.frameDocument!.defaultView!.innerWidth);
    const doc = blank.contentDocument!;
    paste(doc, snippet);
    const tag = el.tag;
    const pasted = doc.querySelector(tag)!;
    expect(pasted, `<${tag}> in the blank page`).to.not.equal(null);
    await waitUntil(() => doc.defaultView!.customElements.get(tag), 'the built bundle registers the element', FRAME_WAIT);
    await waitUntil(() => ready(pasted), 'the pasted widget renders', FRAME_WAIT);
    // Once both have settled: the same text, element for element, and the same computed look.
    await waitUntil(() => stylesLoaded(doc) && stylesLoaded(live()!.ownerDocument), 'the stylesheets load', FRAME_WAIT);
    let diff: string | undefined;
    try {
      await waitUntil(() => !(diff = difference(snapshot(pasted), snapshot(live()!))), 'pasted and live differ', { timeout: 5000 });
    } catch {
      expect.fail(`The pasted widget differs from the live preview: ${diff}`);
    }
    expect(snapshot(pasted).length).to.be.greaterThan(3);
    return { el, pasted, live: live()!, snippet };
  }

  it('renders the same Spanish dark <dose-range> for 80 kg with a custom accent colour', async () => {
    const { pasted, snippet } = await configureCopyPaste(
      async (el) => {
        $<HTMLInputElement>(el, '#tag-dose-range')!.click();
        await el.updateComplete;
        await setText(el, '#attr-weight', '80');
        await choose(el, '#attr-lang', 'es');
        await choose(el, '#attr-color-scheme', 'dark');
        await setText(el, '#accent-dark', '#ff9f1c');
        // Fonts come from the page by default, and the blank page has none: name one for both.
        await choose(el, '#font', [...$<HTMLSelectElement>(el, '#font')!.options].find((o) => o.value.startsWith('system-ui'))!.value);
      },
      { weight: '80', lang: 'es', 'color-scheme': 'dark' },
      (w) => textOf(w.shadowRoot).includes(es.meta.disclaimer),
    );
    expect(snippet).to.contain('<script type="module" src="./ketamine-widgets.js"></script>');
    expect(snippet).to.contain('--kw-color-accent-dark: #ff9f1c;');
    const win = pasted.ownerDocument.defaultView!;
    expect(win.getComputedStyle(pasted).getPropertyValue('--kw-color-accent-dark').trim()).to.equal('#ff9f1c');
    expect(win.getComputedStyle(pasted).colorScheme).to.equal('dark');
    expect(textOf(pasted.shadowRoot)).to.contain('80');
  });

  it('renders the same with a theme preset linked from the themes folder beside the script', async () => {
    const { pasted } = await configureCopyPaste(
      async (el) => {
        await choose(el, '#theme', 'warm');
        await choose(el, '#attr-heading-level', '3');
        await choose(el, '#font', [...$<HTMLSelectElement>(el, '#font')!.options].find((o) => o.value.startsWith('Georgia'))!.value);
      },
      { 'heading-level': '3' },
      (w) => Boolean(w.shadowRoot?.querySelector('h3')),
    );
    const [reserve, link] = [...pasted.ownerDocument.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    expect(reserve.href).to.equal(new URL('/dist/ketamine-widgets.css', location.href).href);
    expect(reserve.sheet, 'dist/ketamine-widgets.css loads').to.not.equal(null);
    expect(link.href).to.equal(new URL('/dist/themes/warm.css', location.href).href);
    expect(link.sheet, 'dist/themes/warm.css loads').to.not.equal(null);
  });
});
