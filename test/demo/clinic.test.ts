import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { stub, type SinonStub } from 'sinon';
import schemaJson from 'ketamine-widgets/schema.json';
import { clinicForm, fieldId, fieldsOf, type SchemaNode } from '../../demo/configurator/clinic-form.js';
import type { KwConfigurator } from '../../demo/configurator/kw-configurator.js';
import type { KwPreviewFrame } from '../../demo/configurator/kw-preview-frame.js';
import '../../demo/configurator/define.js';
import { LOADS, preload } from '../helpers/load.js';
import { textOf } from '../helpers/text.js';

/** Waiting on a preview frame: it loads the widgets' modules, data and styles over the test server. */
const FRAME_WAIT = { timeout: 20000 };

const PREVIEW_PAGE = '/demo/public/preview.html';
const HOST_PAGE = '/demo/public/host-page.html';
const CLINIC = 'Maple Pain Clinic';

async function mount(): Promise<KwConfigurator> {
  return fixture<KwConfigurator>(html`<kw-configurator preview-page=${PREVIEW_PAGE} host-page=${HOST_PAGE}></kw-configurator>`);
}

const $ = <T extends Element = HTMLElement>(el: KwConfigurator, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const code = (el: KwConfigurator) => $(el, 'pre code')!.textContent ?? '';
const status = (el: KwConfigurator) => textOf($(el, '#clinic-status'));

/** Puts `text` in a field in one step, as a paste does: the value, then one `input` event. */
async function paste(el: KwConfigurator, id: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  expect(input, id).to.not.equal(null);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

/** Waits until the library's validation has answered for what the form holds now. */
async function checked(el: KwConfigurator): Promise<string> {
  // While a check runs the region is busy (data-state="checking") and keeps its last verdict.
  await waitUntil(() => $(el, '#clinic-status')?.getAttribute('data-state') !== 'checking', 'the clinic dataset is checked', LOADS);
  await el.updateComplete;
  return status(el);
}

/** The inline dataset inside the snippet's element, parsed; undefined without one. */
function inlineDataset(snippet: string): unknown {
  const script = new DOMParser().parseFromString(snippet, 'text/html').querySelector('body > * > script[type="application/json"]');
  return script ? JSON.parse(script.textContent!) : undefined;
}

/** The wide preview's widget once it is the element `el` configures and has rendered text matching `test`. */
async function previewText(el: KwConfigurator, test: (text: string) => boolean, what: string): Promise<string> {
  const preview = $<KwPreviewFrame>(el, 'kw-preview-frame[size="wide"]')!;
  const text = () => textOf(preview.widget?.shadowRoot ?? null);
  await waitUntil(
    () => preview.widget?.localName === el.tag && test(text()),
    `the wide preview ${what}; it shows "${text().slice(-200)}"`,
    FRAME_WAIT,
  );
  return text();
}

describe('<kw-configurator>: Your clinic', function () {
  this.timeout(60000);

  preload(['validator', 'axe']);
  let error: SinonStub;
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
    error = stub(console, 'error');
  });
  afterEach(() => {
    error.restore();
    expect(error.callCount, `console.error: ${error.args.map((a) => a.map(String).join(' ')).join('; ')}`).to.equal(0);
  });

  it('has one labelled field per schema property the WordPress form shows', async () => {
    const el = await mount();
    const expected = fieldsOf(clinicForm(schemaJson as SchemaNode)).map((f) => fieldId(f.path));
    const shown = [...el.shadowRoot!.querySelectorAll('.clinic :is(input, select, textarea):not([type="radio"])')].map((c) => c.id);
    expect(shown).to.deep.equal(expected);
    expect(shown).to.include.members([
      'kw-clinic-name',
      'kw-clinic-signOff-date',
      'kw-dose-mgPerKgMin',
      'kw-dose-maxTotalMg',
      'kw-checklist-groups-0-items-0-sources',
    ]);
    for (const id of shown) expect(textOf($(el, `label[for="${id}"]`)), id).to.not.equal('');
    expect(status(el)).to.match(/Nothing filled in/);
    await expect(el).to.be.accessible();
  });

  it('names the failing field of an invalid value, and the previews and the code keep the bundled content', async () => {
    const el = await mount();
    const before = code(el);
    await paste(el, 'kw-clinic-name', CLINIC);
    await paste(el, 'kw-dose-mgPerKgMin', '-1');
    expect(await checked(el)).to.match(/^dose\.mgPerKgMin: /);
    const input = $<HTMLInputElement>(el, '#kw-dose-mgPerKgMin')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const message = $(el, `#${input.getAttribute('aria-describedby')}`);
    expect(textOf(message)).to.match(/^dose\.mgPerKgMin: /);
    expect(code(el)).to.equal(before);
    expect($(el, '#clinic-download')).to.equal(null);
    const text = await previewText(el, (t) => t.length > 0, 'shows the widget');
    expect(text).to.not.include(CLINIC);
    await expect(el).to.be.accessible();
  });

  it('marks the field of a checklist row the reader filled, though the dataset skips the empty rows before it', async () => {
    const el = await mount();
    await paste(el, 'kw-checklist-groups-0-items-1-label', 'I have a ride home');
    const said = await checked(el);
    expect(said).to.match(/^checklist\.groups\.0\.items\.0\.(why|question|sources): /);
    const field = said.split(':')[0].split('.').at(-1)!;
    const input = $(el, `#kw-checklist-groups-0-items-1-${field}`)!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, `#${input.getAttribute('aria-describedby')}`))).to.equal(said.split('. The previews')[0]);
    await expect(el).to.be.accessible();
  });

  it('puts a valid dataset in the previews and inside the element in the code', async () => {
    const el = await mount();
    await paste(el, 'kw-clinic-name', CLINIC);
    await paste(el, 'kw-clinic-signOff-name', 'Dr. Ana Ruiz');
    // A sign-off needs all three of its fields: the missing one is named.
    expect(await checked(el)).to.match(/^clinic\.signOff\.credentials: /);
    await paste(el, 'kw-clinic-signOff-credentials', 'MD');
    await paste(el, 'kw-clinic-signOff-date', '2026-11-30');
    expect(await checked(el)).to.match(/valid/);
    const signOff = { name: 'Dr. Ana Ruiz', credentials: 'MD', date: '2026-11-30' };
    expect(inlineDataset(code(el))).to.deep.equal({ clinic: { name: CLINIC, signOff } });
    const text = await previewText(el, (t) => t.includes(CLINIC), `names ${CLINIC}`);
    expect(text).to.include('Dr. Ana Ruiz');
    await expect(el).to.be.accessible();
  });

  it('offers the dataset as clinic.json: src in the code, and a download with the same JSON', async () => {
    const el = await mount();
    await paste(el, 'kw-clinic-name', CLINIC);
    await paste(el, 'kw-dose-mgPerKgMax', '1.5');
    expect(await checked(el)).to.match(/valid/);
    const inline = inlineDataset(code(el));
    expect(inline).to.deep.equal({ clinic: { name: CLINIC }, dose: { mgPerKgMax: 1.5 } });

    $<HTMLInputElement>(el, '#clinic-as-file')!.click();
    await el.updateComplete;
    const widget = new DOMParser().parseFromString(code(el), 'text/html').querySelector(el.tag)!;
    expect(widget.getAttribute('src')).to.equal('clinic.json');
    expect(inlineDataset(code(el))).to.equal(undefined);
    expect(location.hash, 'the configurator here does not sync the address').to.not.include('clinic');
    // The previews still show the clinic: they get the dataset inline.
    await previewText(el, (t) => t.includes(CLINIC), `names ${CLINIC}`);

    const blobs: Blob[] = [];
    const create = stub(URL, 'createObjectURL').callsFake((b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:clinic';
    });
    const revoke = stub(URL, 'revokeObjectURL');
    const click = stub(HTMLAnchorElement.prototype, 'click');
    try {
      $<HTMLButtonElement>(el, '#clinic-download')!.click();
    } finally {
      create.restore();
      revoke.restore();
      click.restore();
    }
    expect(click.callCount).to.equal(1);
    expect((click.thisValues[0] as HTMLAnchorElement).download).to.equal('clinic.json');
    expect(revoke.calledWith('blob:clinic')).to.equal(true);
    expect(blobs).to.have.length(1);
    expect(blobs[0].type).to.equal('application/json');
    expect(JSON.parse(await blobs[0].text())).to.deep.equal(inline);
    await expect(el).to.be.accessible();
  });

  it('with sync-url, keeps the entries and the choice of file in the page address', async () => {
    const original = `${location.pathname}${location.search}${location.hash}`;
    history.replaceState(null, '', `#dose-range&~data.clinic.name=${encodeURIComponent(CLINIC)}&~clinic-as=file`);
    try {
      const el = await fixture<KwConfigurator>(
        html`<kw-configurator sync-url preview-page=${PREVIEW_PAGE} host-page=${HOST_PAGE}></kw-configurator>`,
      );
      expect($<HTMLInputElement>(el, '#kw-clinic-name')!.value).to.equal(CLINIC);
      expect($<HTMLInputElement>(el, '#clinic-as-file')!.checked).to.equal(true);
      expect(await checked(el)).to.match(/valid/);
      expect(code(el)).to.include('src="clinic.json"');
      await paste(el, 'kw-clinic-contact', 'Call 555-0100');
      expect(location.hash).to.include('~data.clinic.contact=Call+555-0100');
      await checked(el);
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
