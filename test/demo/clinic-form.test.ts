import { expect } from '@open-wc/testing';
import { LOCALES } from 'ketamine-widgets';
import schemaJson from 'ketamine-widgets/schema.json';
import manifestJson from '../../custom-elements.json';
import {
  FIELD_LABELS,
  FORM_PARTS,
  clinicDataset,
  clinicFileText,
  clinicForm,
  clinicInlineText,
  fieldId,
  fieldLabel,
  fieldsOf,
  formKeyOf,
  keyOf,
  withValues,
  type SchemaNode,
} from '../../demo/configurator/clinic-form.js';
import {
  DEFAULT_STATE,
  addressOf,
  applyChange,
  catalogOf,
  controlsOf,
  previewSnippetOf,
  snippetOf,
  stateFromAddress,
  type ConfiguratorState,
} from '../../demo/configurator/configurator-state.js';
import type { Manifest } from '../../demo/configurator/manifest.js';

/** Pure functions: nothing here touches the document (the PHP form is read as text). */
const schema = schemaJson as SchemaNode;
const keys = (values = {}) => fieldsOf(clinicForm(schema, values)).map((f) => keyOf(f.path));
const itemKeys = (i: number) => ['label', 'why', 'question', 'sources'].map((k) => `checklist.groups.0.items.${i}.${k}`);

/** The WordPress settings form's labels and parts, read from its PHP source. */
async function phpForm(): Promise<{ labels: Record<string, string>; paths: string[][]; titles: string[] }> {
  const php = await (await fetch('/wordpress/ketamine-widgets/includes/schema-form.php')).text();
  const labels = Object.fromEntries([...php.matchAll(/'(\w+(?:\.[\w*]+)+)'\s*=>\s*__\( '([^']+)'/g)].map((m) => [m[1], m[2]]));
  const titles = [...php.matchAll(/'title'\s*=>\s*__\( '([^']+)'/g)].map((m) => m[1]);
  const paths = [...php.matchAll(/'path'\s*=>\s*array\(([^)]*)\)/g)].map((m) => [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]));
  return { labels, paths, titles };
}

describe('clinic-form (the "Your clinic" form from the JSON Schema)', () => {
  it('is the WordPress settings form: the same parts, field paths and labels', async () => {
    const { labels, paths, titles } = await phpForm();
    expect(paths.length).to.equal(3);
    expect(FORM_PARTS.map((p) => [...p.path])).to.deep.equal(paths);
    expect(FORM_PARTS.map((p) => p.title)).to.deep.equal(titles);
    expect(FIELD_LABELS).to.deep.equal(labels);
  });

  it('has one field per schema property the settings page shows, in the schema’s order', () => {
    expect(keys()).to.deep.equal([
      'clinic.name',
      'clinic.contact',
      'clinic.url',
      'clinic.signOff.name',
      'clinic.signOff.credentials',
      'clinic.signOff.date',
      'dose.mgPerKgMin',
      'dose.mgPerKgMax',
      'dose.durationMinutes',
      'dose.weightKgMin',
      'dose.weightKgMax',
      'dose.maxTotalMg',
      'checklist.groups.0.title',
      ...itemKeys(0),
      ...itemKeys(1),
    ]);
    const fields = fieldsOf(clinicForm(schema));
    const by = (key: string) => fields.find((f) => keyOf(f.path) === key)!;
    expect(by('clinic.name')).to.include({ input: 'text', required: true, label: 'Clinic name' });
    expect(by('clinic.url')).to.include({ input: 'url', required: false });
    expect(by('clinic.signOff.date')).to.include({ input: 'date', required: true, label: 'Date reviewed' });
    expect(by('dose.durationMinutes')).to.include({ input: 'integer', min: 1, max: 1440 });
    expect(by('dose.mgPerKgMin')).to.include({ input: 'number', min: 0.001, max: 50 });
    expect(by('checklist.groups.0.items.0.why')).to.include({ input: 'textarea', label: 'Why it matters' });
    expect(by('checklist.groups.0.items.0.sources')).to.include({ input: 'sources' });
    expect(fieldId(['clinic', 'signOff', 'date'])).to.equal('kw-clinic-signOff-date');
    expect(fieldLabel(['dose', 'someNewThing'])).to.equal('Some new thing');
  });

  it('shows the filled checklist rows and two spare ones, at most ten', () => {
    expect(keys({ 'checklist.groups.0.items.2.label': 'x' }).filter((k) => k.endsWith('.label'))).to.have.length(5);
    expect(keys({ 'checklist.groups.0.items.9.label': 'x' }).filter((k) => k.endsWith('.label'))).to.have.length(10);
  });

  it('builds the dataset as the settings page does: empty fields left out, numbers parsed, ids made', () => {
    expect(clinicDataset(schema, {})).to.equal(undefined);
    expect(clinicDataset(schema, { 'clinic.name': '   ' })).to.equal(undefined);
    expect(
      clinicDataset(schema, {
        'clinic.name': ' Maple Pain Clinic ',
        'clinic.signOff.name': 'Dr. A. Reviewer',
        'dose.mgPerKgMax': '0.4',
        'dose.durationMinutes': '45',
        'dose.weightKgMin': 'forty',
        'checklist.groups.0.title': 'Before your visit',
        'checklist.groups.0.items.1.label': 'I have a ride home',
        'checklist.groups.0.items.1.sources': 'a,b',
      }),
    ).to.deep.equal({
      clinic: { name: 'Maple Pain Clinic', signOff: { name: 'Dr. A. Reviewer' } },
      dose: { mgPerKgMax: 0.4, durationMinutes: 45, weightKgMin: 'forty' },
      checklist: {
        groups: [
          { id: 'clinic', title: 'Before your visit', items: [{ id: 'clinic-1', label: 'I have a ride home', sources: ['a', 'b'] }] },
        ],
      },
    });
  });

  it('finds the form field a dataset error names, though the dataset skips empty rows', () => {
    const values = { 'checklist.groups.0.items.1.label': 'x', 'checklist.groups.0.items.3.why': 'y' };
    const form = clinicForm(schema, values);
    expect(formKeyOf(form, values, 'checklist.groups.0.items.0.why')).to.equal('checklist.groups.0.items.1.why');
    expect(formKeyOf(form, values, 'checklist.groups.0.items.1')).to.equal('checklist.groups.0.items.3');
    expect(formKeyOf(form, values, 'dose.mgPerKgMin')).to.equal('dose.mgPerKgMin');
  });

  it('writes the file indented and the inline text on one line, the same JSON', () => {
    const data = { clinic: { name: 'A' } };
    expect(clinicFileText(data)).to.equal('{\n  "clinic": {\n    "name": "A"\n  }\n}\n');
    expect(clinicInlineText(data)).to.equal('{"clinic":{"name":"A"}}');
    expect(withValues({ a: '1', b: '2' }, { a: '', c: '3' })).to.deep.equal({ b: '2', c: '3' });
  });
});

describe('configurator-state with a clinic dataset', () => {
  const catalog = catalogOf(manifestJson as unknown as Manifest, LOCALES);
  const controls = controlsOf(catalog, 'dose-range');
  const state = (change: Partial<ConfiguratorState> = {}): ConfiguratorState => ({ ...DEFAULT_STATE, tag: 'dose-range', ...change });
  const json = '{"clinic":{"name":"A </script> B"}}';

  it('merges entries and drops emptied ones; a state without them is unchanged', () => {
    const s = applyChange(state(), { clinic: { 'clinic.name': 'A', 'dose.mgPerKgMin': '0.1' } });
    expect(s.clinic).to.deep.equal({ 'clinic.name': 'A', 'dose.mgPerKgMin': '0.1' });
    const t = applyChange(s, { clinic: { 'clinic.name': '', 'dose.mgPerKgMin': '' }, clinicAs: 'file' });
    expect(t).to.not.have.property('clinic');
    expect(t.clinicAs).to.equal('file');
    expect(applyChange(state(), { values: { lang: 'es' } })).to.not.have.any.keys('clinic', 'clinicAs');
  });

  it('keeps the entries and the choice of file in the address', () => {
    const s = state({ clinic: { 'clinic.name': 'Maple & Co #1', 'checklist.groups.0.items.0.sources': 'a,b' }, clinicAs: 'file' });
    const hash = addressOf(s);
    expect(hash).to.include('~data.clinic.name=');
    expect(hash).to.include('~clinic-as=file');
    expect(stateFromAddress(`#${hash}`, [])).to.deep.equal(s);
    expect(stateFromAddress('#dose-range&~clinic-as=nonsense', [])).to.deep.equal(state());
  });

  it('puts a valid dataset inside the element, or names clinic.json with src', () => {
    const inline = snippetOf(state({ values: { src: 'old.json' } }), controls, undefined, json);
    const doc = new DOMParser().parseFromString(inline, 'text/html');
    const widget = doc.querySelector('dose-range')!;
    expect(widget.hasAttribute('src'), 'the typed src gives way to the form').to.equal(false);
    const script = widget.querySelector(':scope > script[type="application/json"]')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal(JSON.parse(json));
    expect(inline).to.not.include('A </script>');

    const file = snippetOf(state({ clinicAs: 'file' }), controls, undefined, json);
    const fileWidget = new DOMParser().parseFromString(file, 'text/html').querySelector('dose-range')!;
    expect(fileWidget.getAttribute('src')).to.equal('clinic.json');
    expect(fileWidget.children).to.have.length(0);
    // The previews cannot fetch a file that is not hosted yet: they get it inline.
    expect(previewSnippetOf(state({ clinicAs: 'file' }), controls, undefined, json)).to.equal(
      snippetOf(state(), controls, undefined, json),
    );
    expect(snippetOf(state(), controls)).to.not.include('application/json');
  });
});
