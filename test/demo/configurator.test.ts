import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { stub, type SinonStub } from 'sinon';
import manifestJson from '../../custom-elements.json';
import es from '../../src/data/ketamine.es.json';
import en from '../../src/data/ketamine.en.json';
import type { KwConfigurator } from '../../demo/configurator/kw-configurator.js';
import type { KwPreviewFrame } from '../../demo/configurator/kw-preview-frame.js';
import { controlsFor } from '../../demo/configurator/controls.js';
import { elementsOf, type Manifest } from '../../demo/configurator/manifest.js';
import { THEME_PRESETS } from '../../demo/configurator/themes.js';
import '../../demo/configurator/define.js';
import { textOf } from '../helpers/text.js';

/** Waiting on a preview frame: it loads the widgets' modules, data and styles over the test server. */
const FRAME_WAIT = { timeout: 20000 };

const realManifest = manifestJson as unknown as Manifest;

/**
 * The real manifest, with the dose-range attributes this flow needs declared if the element does
 * not declare them (yet): the configurator must offer whatever the manifest lists.
 */
function manifestWithDoseRange(): Manifest {
  const copy = structuredClone(realManifest);
  const dose = copy.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => ({ d, path: m.path })))
    .find(({ d, path }) => d.kind === 'class' && (d.tagName === 'dose-range' || path.endsWith('/dose-range/dose-range.ts')))!.d;
  dose.attributes ??= [];
  if (!dose.attributes.some((a) => a.name === 'weight'))
    dose.attributes.unshift({ name: 'weight', type: { text: 'string' }, description: 'Body weight.' });
  return copy;
}

const PREVIEW_PAGE = '/demo/public/preview.html';
const HOST_PAGE = '/demo/public/host-page.html';

async function mount(manifest: Manifest = realManifest): Promise<KwConfigurator> {
  return fixture<KwConfigurator>(
    html`<kw-configurator preview-page=${PREVIEW_PAGE} host-page=${HOST_PAGE} .manifest=${manifest}></kw-configurator>`,
  );
}

const $ = <T extends Element = HTMLElement>(el: KwConfigurator, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const code = (el: KwConfigurator) => $(el, 'pre code')!.textContent ?? '';
const frame = (el: KwConfigurator, size: 'narrow' | 'wide' | 'page') => $<KwPreviewFrame>(el, `kw-preview-frame[size="${size}"]`)!;

/** What a reader does: picks an option and the browser fires `change`. */
async function choose(el: KwConfigurator, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector)!;
  expect(select, selector).to.not.equal(null);
  expect(
    [...select.options].map((o) => o.value),
    `${selector} options`,
  ).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/**
 * Types into a field with the keyboard, replacing what is there. Keep `text` short: each key is a
 * round trip to the browser, and a string that outlasts the test keeps typing into the next one.
 */
async function type(el: KwConfigurator, selector: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await waitUntil(() => input.value === text, `${selector} holds "${text}" (it has "${input.value}")`);
  await el.updateComplete;
}

/** Puts `text` in a field in one step, as a paste does: the value, then one `input` event. */
async function paste(el: KwConfigurator, selector: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

/** A colour picker reports its value with `input`, as the native picker does. */
async function pickColor(el: KwConfigurator, selector: string, color: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = color;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/**
 * The live widget in a preview once it is the configured element with exactly `attributes` (the
 * widget may reflect a default of its own, such as color-scheme="auto") and has rendered.
 */
async function liveWidget(el: KwConfigurator, size: 'narrow' | 'wide' | 'page', attributes: Record<string, string>): Promise<Element> {
  const preview = frame(el, size);
  const element = elementsOf(el.manifest).find((e) => e.tag === el.tag)!;
  const defaults = new Map(controlsFor(element).map((c) => [c.name, c.defaultValue]));
  const actual = () => {
    const w = preview.widget;
    return w ? Object.fromEntries(w.getAttributeNames().map((n) => [n, w.getAttribute(n)])) : undefined;
  };
  const matches = () => {
    const w = preview.widget;
    if (!w || w.localName !== el.tag || !w.shadowRoot?.childNodes.length) return false;
    const extra = w.getAttributeNames().filter((n) => !(n in attributes) && w.getAttribute(n) !== String(defaults.get(n)));
    return !extra.length && Object.entries(attributes).every(([k, v]) => w.getAttribute(k) === v);
  };
  await waitUntil(
    matches,
    `the ${size} preview shows <${el.tag}> ${JSON.stringify(attributes)}; it has ${preview.widget?.localName} ${JSON.stringify(actual())}`,
    FRAME_WAIT,
  );
  return preview.widget!;
}

/** The element tag line of the snippet, parsed as a browser would. */
function snippetElement(snippet: string): Element {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  return doc.body.firstElementChild!;
}

describe('<kw-configurator>', function () {
  this.timeout(60000);

  let warn: SinonStub;
  let error: SinonStub;
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
    // The widgets log only about bad input; a configurator that sets bad attributes would show up here.
    warn = stub(console, 'warn');
    error = stub(console, 'error');
  });
  afterEach(() => {
    warn.restore();
    error.restore();
    expect(
      error.callCount,
      `console.error: ${error.args.map((a) => a.map((x) => (x instanceof Error ? x.stack : String(x))).join(' ')).join('; ')}`,
    ).to.equal(0);
  });

  it('offers every element in the manifest, and a labelled control for every attribute it lists', async () => {
    const el = await mount();
    const elements = elementsOf(realManifest);
    expect(elements.length).to.be.greaterThan(0);
    const choices = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="widget"]')].map((i) => i.value);
    expect(choices).to.deep.equal(elements.map((e) => e.tag));
    for (const element of elements) {
      $<HTMLInputElement>(el, `#tag-${element.tag}`)!.click();
      await el.updateComplete;
      const ids = [...el.shadowRoot!.querySelectorAll('[id^="attr-"]:is(input, select)')].map((c) => c.id.slice('attr-'.length));
      expect(ids, element.tag).to.deep.equal([...new Set(element.attributes.map((a) => a.name))]);
      for (const id of ids) {
        const label = $(el, `label[for="attr-${id}"]`);
        expect(textOf(label), `label of ${id}`).to.contain(id);
      }
    }
  });

  it('configures a Spanish dark <dose-range> for 80 kg with its own accent colour: preview and snippet change together', async () => {
    const el = await mount(manifestWithDoseRange());
    $<HTMLInputElement>(el, '#tag-dose-range')!.click();
    await el.updateComplete;
    expect(code(el)).to.equal(
      '<link rel="stylesheet" href="./ketamine-widgets.css">\n<script type="module" src="./ketamine-widgets.js"></script>\n<dose-range></dose-range>',
    );
    await liveWidget(el, 'wide', {});

    await type(el, '#attr-weight', '80');
    expect(snippetElement(code(el)).getAttribute('weight')).to.equal('80');
    await liveWidget(el, 'wide', { weight: '80' });
    await liveWidget(el, 'narrow', { weight: '80' });

    await choose(el, '#attr-lang', 'es');
    expect(code(el)).to.contain('<dose-range weight="80" lang="es"></dose-range>');
    const spanish = await liveWidget(el, 'wide', { weight: '80', lang: 'es' });
    await waitUntil(() => textOf(spanish.shadowRoot).includes(es.meta.disclaimer), 'the preview shows the Spanish content', FRAME_WAIT);

    await choose(el, '#attr-color-scheme', 'dark');
    expect(code(el)).to.contain('<dose-range weight="80" lang="es" color-scheme="dark"></dose-range>');
    const dark = await liveWidget(el, 'wide', { weight: '80', lang: 'es', 'color-scheme': 'dark' });
    const darkWindow = dark.ownerDocument.defaultView!;
    expect(darkWindow.getComputedStyle(dark).colorScheme).to.equal('dark');

    // In dark mode the widget uses the dark accent, so that is the picker offered.
    expect($(el, '#accent')).to.equal(null);
    await pickColor(el, '#accent-dark', '#ff9f1c');
    const snippet = code(el);
    expect(snippet).to.equal(
      [
        '<link rel="stylesheet" href="./ketamine-widgets.css">',
        '<script type="module" src="./ketamine-widgets.js"></script>',
        '<style>',
        '  dose-range {',
        '    --kw-color-accent-dark: #ff9f1c;',
        '  }',
        '</style>',
        '<dose-range weight="80" lang="es" color-scheme="dark"></dose-range>',
      ].join('\n'),
    );
    for (const size of ['narrow', 'wide'] as const) {
      const widget = await liveWidget(el, size, { weight: '80', lang: 'es', 'color-scheme': 'dark' });
      const win = widget.ownerDocument.defaultView!;
      await waitUntil(
        () => win.getComputedStyle(widget).getPropertyValue('--kw-color-accent-dark').trim() === '#ff9f1c',
        `${size}: the accent reaches the widget`,
        FRAME_WAIT,
      );
    }
    // The contrast check reads the dark background: this orange is readable on it.
    expect(textOf($(el, '#accent-dark-contrast'))).to.match(/Contrast \d+(\.\d)?:1: easy to read/);
  });

  it('leaves a setting back at its default out of both the snippet and the preview', async () => {
    const el = await mount();
    await choose(el, '#attr-color-scheme', 'dark');
    expect(snippetElement(code(el)).getAttribute('color-scheme')).to.equal('dark');
    await liveWidget(el, 'wide', { 'color-scheme': 'dark' });
    await choose(el, '#attr-color-scheme', 'auto');
    expect(snippetElement(code(el)).hasAttribute('color-scheme')).to.equal(false);
    await liveWidget(el, 'wide', {});
  });

  it('keeps the language and display settings when switching widgets', async () => {
    const el = await mount();
    await choose(el, '#attr-lang', 'es');
    for (const element of elementsOf(realManifest)) {
      $<HTMLInputElement>(el, `#tag-${element.tag}`)!.click();
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#attr-lang')!.value).to.equal('es');
      expect(snippetElement(code(el)).localName).to.equal(element.tag);
      expect(snippetElement(code(el)).getAttribute('lang')).to.equal('es');
      const widget = await liveWidget(el, 'wide', { lang: 'es' });
      expect(widget.localName).to.equal(element.tag);
    }
  });

  it('explains a number that is not a number and leaves it out', async () => {
    const manifest = manifestWithDoseRange();
    const dose = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'DoseRange')!;
    dose.attributes = [{ name: 'age', type: { text: 'number | undefined' } }, ...(dose.attributes ?? [])];
    const el = await mount(manifest);
    $<HTMLInputElement>(el, '#tag-dose-range')!.click();
    await el.updateComplete;
    await type(el, '#attr-age', '4o');
    const field = $<HTMLInputElement>(el, '#attr-age')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#attr-age-problem'))).to.contain('Enter a number');
    expect(field.getAttribute('aria-describedby')).to.contain('attr-age-problem');
    expect(code(el)).not.to.contain('age=');
    await type(el, '#attr-age', '40');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(snippetElement(code(el)).getAttribute('age')).to.equal('40');
  });

  it('links a theme preset in the snippet and applies it in the preview', async () => {
    const el = await mount();
    const preset = THEME_PRESETS[0];
    await choose(el, '#theme', preset.name);
    expect(code(el)).to.contain(`<link rel="stylesheet" href="./themes/${preset.name}.css">`);
    const widget = await liveWidget(el, 'wide', {});
    const doc = widget.ownerDocument;
    await waitUntil(
      () => doc.querySelector<HTMLLinkElement>('link[data-kw-theme]')?.sheet,
      'the theme stylesheet loads in the frame',
      FRAME_WAIT,
    );
    const themeCss = await (await fetch(preset.url)).text();
    const accent = /--kw-color-accent:\s*(#[0-9a-f]{6})/i.exec(themeCss)![1];
    expect(doc.defaultView!.getComputedStyle(widget).getPropertyValue('--kw-color-accent').trim()).to.equal(accent);
    // The picker starts from the theme's accent, not a made-up one.
    expect($<HTMLInputElement>(el, '#accent')!.value).to.equal(accent.toLowerCase());
    await choose(el, '#theme', '');
    expect(code(el)).not.to.contain('/themes/');
    await waitUntil(() => !doc.querySelector('link[data-kw-theme]'), 'the theme is removed from the frame', FRAME_WAIT);
  });

  it('writes font and corner radius as custom properties, and the preview uses them', async () => {
    const el = await mount();
    const font = $<HTMLSelectElement>(el, '#font')!;
    const georgia = [...font.options].find((o) => o.value.startsWith('Georgia'))!.value;
    await choose(el, '#font', georgia);
    const radius = $<HTMLInputElement>(el, '#radius')!;
    radius.value = '12';
    radius.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    const tag = elementsOf(realManifest)[0].tag;
    expect(code(el)).to.contain(`<style>\n  ${tag} {\n    --kw-font-family: ${georgia};\n    --kw-radius: 12px;\n  }\n</style>`);
    expect(textOf($(el, '#radius-value'))).to.equal('12 px');
    const widget = await liveWidget(el, 'wide', {});
    const style = widget.ownerDocument.defaultView!.getComputedStyle(widget);
    await waitUntil(() => style.borderTopLeftRadius === '12px', 'the radius reaches the widget', FRAME_WAIT);
    expect(style.fontFamily).to.match(/^Georgia/);
  });

  it('warns about a low-contrast accent colour', async () => {
    const el = await mount();
    await choose(el, '#attr-color-scheme', 'light');
    await pickColor(el, '#accent', '#ffe066');
    const message = $(el, '#accent-contrast')!;
    expect(textOf(message)).to.match(/too low/);
    expect($<HTMLInputElement>(el, '#accent')!.getAttribute('aria-describedby')).to.contain('accent-contrast');
    // Reset brings back the default and takes the property out of the snippet.
    const reset = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => textOf(b).startsWith('Reset') && textOf(b).includes('accent'),
    )!;
    reset.click();
    await el.updateComplete;
    expect(code(el)).not.to.contain('--kw-color-accent');
  });

  it('puts the script address in the snippet, and refuses one that cannot be a script', async () => {
    const el = await mount();
    await paste(el, '#script-url', 'https://cdn.example.org/kw/ketamine-widgets.js');
    expect(code(el)).to.contain('<script type="module" src="https://cdn.example.org/kw/ketamine-widgets.js"></script>');
    const field = $<HTMLInputElement>(el, '#script-url')!;
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    await paste(el, '#script-url', 'javascript:alert(1)');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#script-url-problem'))).to.contain('https://');
    // The preview does not depend on where the clinic will host the file.
    await liveWidget(el, 'wide', {});
  });

  it('copies the exact snippet with one click and says so politely', async () => {
    const el = await mount();
    await choose(el, '#attr-lang', 'es');
    const writeText = stub(navigator.clipboard, 'writeText').resolves();
    try {
      $<HTMLButtonElement>(el, '#copy')!.click();
      await waitUntil(() => textOf($(el, '#copy-status')).includes('Copied'), 'the copy is confirmed', FRAME_WAIT);
      expect(writeText.callCount).to.equal(1);
      expect(writeText.firstCall.args[0]).to.equal(code(el));
      const status = $(el, '#copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf($(el, '#copy'))).to.equal('Copied');
      // Once the configuration changes, "Copied" would be stale.
      await choose(el, '#attr-lang', 'en');
      expect(textOf(status)).to.equal('');
      expect(textOf($(el, '#copy'))).to.equal('Copy code');
    } finally {
      writeText.restore();
    }
  });

  it('selects the code and says how to copy it when the browser blocks the clipboard', async () => {
    const el = await mount();
    const writeText = stub(navigator.clipboard, 'writeText').rejects(new DOMException('Denied', 'NotAllowedError'));
    try {
      $<HTMLButtonElement>(el, '#copy')!.click();
      await waitUntil(() => textOf($(el, '#copy-status')).includes('Ctrl+C'), 'the fallback is explained', FRAME_WAIT);
      const pre = $(el, 'pre')!;
      expect(el.shadowRoot!.activeElement).to.equal(pre);
      const selection = document.getSelection()!;
      expect(selection.rangeCount).to.equal(1);
      expect(selection.getRangeAt(0).toString()).to.equal(code(el));
    } finally {
      writeText.restore();
    }
  });

  it('shows the phone preview in a real 360 px viewport and the wide one wider', async () => {
    const el = await mount();
    const narrow = await liveWidget(el, 'narrow', {});
    const wide = await liveWidget(el, 'wide', {});
    const narrowWindow = narrow.ownerDocument.defaultView!;
    const wideWindow = wide.ownerDocument.defaultView!;
    expect(narrowWindow.innerWidth).to.equal(360);
    expect(narrowWindow.matchMedia('(max-width: 400px)').matches).to.equal(true);
    expect(wideWindow.innerWidth).to.be.greaterThan(600);
    const caption = () => textOf(frame(el, 'narrow').shadowRoot!.querySelector('figcaption'));
    await waitUntil(() => caption() === 'Phone 360 px wide', `the caption says the real width: "${caption()}"`, FRAME_WAIT);
  });

  it('shows the widget inside a sample clinic page with its own stylesheet', async () => {
    const el = await mount();
    await choose(el, '#attr-lang', 'es');
    expect(frame(el, 'page')).to.equal(null);
    $<HTMLInputElement>(el, '#view-page')!.click();
    await el.updateComplete;
    expect(frame(el, 'narrow').closest('[hidden]')).to.not.equal(null);
    const widget = await liveWidget(el, 'page', { lang: 'es' });
    const doc = widget.ownerDocument;
    expect(widget.parentElement!.hasAttribute('data-kw-slot')).to.equal(true);
    expect(doc.querySelector('header')).to.not.equal(null);
    expect(doc.querySelector('footer')).to.not.equal(null);
    // The page's own rules (html at 62.5%, serif, justified) do not reach the widget's text.
    const win = doc.defaultView!;
    expect(win.getComputedStyle(doc.documentElement).fontSize).to.equal('10px');
    expect(parseFloat(win.getComputedStyle(widget).fontSize)).to.be.at.least(16);
    await waitUntil(
      () => textOf(widget.shadowRoot).includes(es.meta.disclaimer),
      'the Spanish content shows on the clinic page',
      FRAME_WAIT,
    );
    $<HTMLInputElement>(el, '#view-sizes')!.click();
    await el.updateComplete;
    expect(frame(el, 'page').closest('[hidden]')).to.not.equal(null);
  });

  it('starts over', async () => {
    const el = await mount();
    await choose(el, '#attr-lang', 'es');
    await choose(el, '#theme', THEME_PRESETS[1].name);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Start over')!.click();
    await el.updateComplete;
    expect(code(el)).to.equal(
      `<link rel="stylesheet" href="./ketamine-widgets.css">\n<script type="module" src="./ketamine-widgets.js"></script>\n<${elementsOf(realManifest)[0].tag}></${elementsOf(realManifest)[0].tag}>`,
    );
    expect($<HTMLSelectElement>(el, '#attr-lang')!.value).to.equal('');
    await liveWidget(el, 'wide', {});
    expect(textOf(frame(el, 'wide').widget!.shadowRoot)).to.contain(en.meta.disclaimer);
  });

  it('with sync-url, starts from a shared link and keeps the address up to date', async () => {
    const original = location.href;
    history.replaceState(null, '', '#dose-range&lang=es&color-scheme=dark&~accent-dark=%23ff9f1c&~radius=4&~bogus=1');
    try {
      const el = await fixture<KwConfigurator>(
        html`<kw-configurator sync-url preview-page=${PREVIEW_PAGE} host-page=${HOST_PAGE}></kw-configurator>`,
      );
      expect(el.tag).to.equal('dose-range');
      expect($<HTMLSelectElement>(el, '#attr-lang')!.value).to.equal('es');
      expect($<HTMLInputElement>(el, '#accent-dark')!.value).to.equal('#ff9f1c');
      expect(code(el)).to.contain('--kw-color-accent-dark: #ff9f1c;\n    --kw-radius: 4px;');
      expect(snippetElement(code(el)).getAttribute('color-scheme')).to.equal('dark');
      await liveWidget(el, 'wide', { lang: 'es', 'color-scheme': 'dark' });
      await choose(el, '#attr-lang', 'en');
      expect(location.hash).to.equal('#dose-range&lang=en&color-scheme=dark&~accent-dark=%23ff9f1c&~radius=4');
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Start over')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#dose-range');
      // A link pasted into the address bar while the page is open is read too.
      location.hash = '#risk-checklist&lang=es';
      await waitUntil(() => el.tag === 'risk-checklist', 'the new link is read', FRAME_WAIT);
      expect(code(el)).to.contain('<risk-checklist lang="es"></risk-checklist>');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('is accessible (axe), before and after configuring', async () => {
    const el = await mount();
    await liveWidget(el, 'wide', {});
    await expect(el).to.be.accessible();
    await choose(el, '#attr-color-scheme', 'dark');
    await pickColor(el, '#accent-dark', '#333333');
    $<HTMLInputElement>(el, '#view-page')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it("loads the element's own script when the page shows no other widget", async () => {
    const el = await fixture<KwConfigurator>(
      html`<kw-configurator preview-page=${PREVIEW_PAGE} host-page=${HOST_PAGE} .manifest=${realManifest}></kw-configurator>`,
    );
    const tag = el.tag;
    const box = $<HTMLInputElement>(el, '#own-script')!;
    expect(box.closest('label')!.textContent).to.contain('load only this one’s script');
    expect($(el, '#own-script-hint')!.textContent).to.contain(`${tag}.js`);
    expect(code(el)).to.contain('<script type="module" src="./ketamine-widgets.js"></script>');
    box.click();
    await el.updateComplete;
    await waitUntil(() => code(el).includes(`src="./${tag}.js"`), 'the own script in the code');
    expect(code(el)).not.to.contain('ketamine-widgets.js');
    expect(code(el)).to.contain('href="./ketamine-widgets.css"');
    await expect(el).to.be.accessible();
    box.click();
    await waitUntil(() => code(el).includes('src="./ketamine-widgets.js"'), 'back to the drop-in');
  });

  it('includes the prebuilt content in the code when asked, for the default settings only', async () => {
    const el = await fixture<KwConfigurator>(
      html`<kw-configurator preview-page=${PREVIEW_PAGE} host-page=${HOST_PAGE} prerendered-url="/dist/prerendered/" .manifest=${realManifest}></kw-configurator>`,
    );
    const box = $<HTMLInputElement>(el, '#prerender')!;
    expect(box.closest('label')!.textContent).to.contain(
      'Include the content in the page (works without JavaScript, readable by search engines)',
    );
    expect(code(el)).to.not.contain('shadowrootmode');
    box.click();
    await waitUntil(() => code(el).includes('shadowrootmode'), 'the prebuilt content in the code', { timeout: 20000 });
    await el.updateComplete;
    const tag = el.tag;
    expect(code(el)).to.contain(`<${tag} lang="en"><template shadowrootmode="open"><link rel="stylesheet" href="./shadow/${tag}.css">`);
    expect(code(el)).to.contain('application/ld+json');
    expect($(el, '#prerender-note')).to.equal(null);
    await choose(el, '#attr-heading-level', '3');
    expect(code(el)).to.not.contain('shadowrootmode');
    expect($(el, '#prerender-note')!.textContent).to.contain('default');
  });
});
