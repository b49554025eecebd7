import { expect } from '@open-wc/testing';
import manifestJson from '../../custom-elements.json';
import {
  attributeFor,
  controlFor,
  controlsFor,
  initialValue,
  labelFor,
  numberProblem,
  parseDefault,
  parseType,
} from '../../demo/configurator/controls.js';
import {
  elementsOf,
  firstSentence,
  paragraphs,
  parseLiteral,
  splitTopLevel,
  tagOf,
  type Literal,
  type Manifest,
} from '../../demo/configurator/manifest.js';

const manifest = manifestJson as unknown as Manifest;

/** A manifest in the shape the analyzer writes, with every kind of attribute. */
const sample: Manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/internal/values.ts',
      declarations: [
        { kind: 'variable', name: 'HEADING_LEVELS', type: { text: '[1, 2, 3, 4, 5, 6]' }, default: '[1, 2, 3, 4, 5, 6]' },
        { kind: 'variable', name: 'COLOR_SCHEMES', type: { text: "['auto', 'light', 'dark']" }, default: "['auto', 'light', 'dark']" },
        { kind: 'variable', name: 'VERSION', type: { text: 'string' }, default: "'0.1.0'" },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/internal/kw-element.ts',
      declarations: [{ kind: 'class', name: 'KwElement', customElement: true, attributes: [{ name: 'lang', type: { text: 'string' } }] }],
    },
    {
      kind: 'javascript-module',
      path: 'src/components/dose-range/dose-range.ts',
      declarations: [
        {
          kind: 'class',
          name: 'DoseRange',
          summary: 'A dose range\n  for a weight.',
          attributes: [
            { name: 'weight', type: { text: 'number | undefined' }, description: 'Body weight.' },
            { name: 'unit', type: { text: "'kg'\n  | 'lb'" }, default: "'kg'" },
            { name: 'show-notes', type: { text: 'boolean' }, default: 'true' },
            { name: 'old', type: { text: 'string' }, deprecated: true },
            { name: 'heading-level', type: { text: 'HeadingLevel' }, default: '2', inheritedFrom: { name: 'KwElement' } },
            { name: 'color-scheme', type: { text: 'ColorScheme' }, default: "'auto'", inheritedFrom: { name: 'KwElement' } },
          ],
        },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/components/ketamine-facts/ketamine-facts.ts',
      declarations: [{ kind: 'class', name: 'KetamineFacts', tagName: 'ketamine-facts', attributes: [] }],
    },
    {
      kind: 'javascript-module',
      path: 'src/ketamine-widgets.ts',
      exports: [
        {
          kind: 'js',
          name: 'KetamineFacts',
          declaration: { name: 'KetamineFacts', module: 'src/components/ketamine-facts/ketamine-facts.ts' },
        },
        { kind: 'js', name: 'DoseRange', declaration: { name: 'DoseRange', module: 'src/components/dose-range/dose-range.ts' } },
      ],
    },
  ],
};

describe('manifest.ts', () => {
  it('finds elements by tagName or by their component folder, in the order the drop-in entry exports them', () => {
    const elements = elementsOf(sample);
    expect(elements.map((e) => e.tag)).to.deep.equal(['ketamine-facts', 'dose-range']);
    expect(elements[1].className).to.equal('DoseRange');
    expect(elements[1].summary).to.equal('A dose range for a weight.');
    expect(elements[1].lead).to.equal('A dose range for a weight.');
  });

  it('skips the abstract base class and deprecated attributes', () => {
    const dose = elementsOf(sample).find((e) => e.tag === 'dose-range')!;
    expect(dose.attributes.map((a) => a.name)).not.to.include('old');
    expect(elementsOf(sample).map((e) => e.className)).not.to.include('KwElement');
  });

  it('tells a tag from a component path only when it is a custom element name', () => {
    expect(tagOf({ kind: 'class', name: 'X' }, 'src/components/thing/thing.ts')).to.equal(undefined);
    expect(tagOf({ kind: 'class', name: 'X' }, 'src/components/my-thing/other.ts')).to.equal(undefined);
    expect(tagOf({ kind: 'function', name: 'x' }, 'src/components/my-thing/my-thing.ts')).to.equal(undefined);
    expect(tagOf({ kind: 'class', name: 'X', tagName: 'x-y' }, 'anywhere.ts')).to.equal('x-y');
  });

  it('keeps summary paragraphs and finds the first sentence', () => {
    expect(paragraphs('One\n  line.\n\nTwo.')).to.deep.equal(['One line.', 'Two.']);
    expect(firstSentence('Shows a range, e.g. 35 to 140 mg. Then more.')).to.equal('Shows a range, e.g. 35 to 140 mg.');
    expect(firstSentence('No full stop')).to.equal('No full stop');
  });
});

describe('controls.ts', () => {
  /** Named types a caller resolves (the real manifest's attributes are literal unions already). */
  const enums = new Map<string, readonly Literal[]>([
    ['ColorScheme', ['auto', 'light', 'dark']],
    ['HeadingLevel', [1, 2, 3, 4, 5, 6]],
  ]);

  describe('parseType', () => {
    it('boolean → checkbox', () => expect(parseType('boolean').kind).to.equal('checkbox'));
    it('number → number input', () => expect(parseType('number | undefined')).to.deep.equal({ kind: 'number', optional: true }));
    it('string → text input', () => expect(parseType('string').kind).to.equal('text'));
    it("a union of string literals ('kg' | 'lb') → select", () => {
      expect(parseType("'kg' | 'lb'")).to.deep.equal({ kind: 'select', values: ['kg', 'lb'], optional: false });
    });
    it('a union of number literals → select', () => expect(parseType('1 | 2 | 3').values).to.deep.equal([1, 2, 3]));
    it('a named type the manifest lists values for → select', () => {
      expect(parseType('ColorScheme | undefined', enums)).to.deep.equal({
        kind: 'select',
        values: ['auto', 'light', 'dark'],
        optional: true,
      });
    });
    it('a union open to any string → text input', () => expect(parseType("'auto' | string").kind).to.equal('text'));
    it('an unknown named type → text input', () => expect(parseType('Unknowable').kind).to.equal('text'));
    it('number literals or number → number input', () => expect(parseType('0 | number').kind).to.equal('number'));
  });

  describe('parseDefault', () => {
    it('reads literals as attribute text', () => {
      expect(parseDefault("'auto'")).to.equal('auto');
      expect(parseDefault('2')).to.equal('2');
      expect(parseDefault('false')).to.equal(false);
    });
    it('knows no default for undefined, an expression or nothing', () => {
      expect(parseDefault('undefined')).to.equal(null);
      expect(parseDefault('DEFAULT_WEIGHT')).to.equal(null);
      expect(parseDefault(undefined)).to.equal(null);
    });
  });

  describe('controlsFor', () => {
    const dose = elementsOf(sample).find((e) => e.tag === 'dose-range')!;
    const controls = controlsFor(dose, enums);
    const by = (name: string) => controls.find((c) => c.name === name)!;

    it('gives one control per attribute, in manifest order', () => {
      expect(controls.map((c) => c.name)).to.deep.equal(['weight', 'unit', 'show-notes', 'heading-level', 'color-scheme']);
    });

    it('maps each type to its control', () => {
      expect(by('weight').kind).to.equal('number');
      expect(by('unit').kind).to.equal('select');
      expect(by('show-notes').kind).to.equal('checkbox');
      expect(by('heading-level').kind).to.equal('select');
    });

    it('marks the default option and starts from it', () => {
      expect(by('unit').options).to.deep.equal([
        { value: 'kg', label: 'kg (default)' },
        { value: 'lb', label: 'lb' },
      ]);
      expect(initialValue(by('unit'))).to.equal('kg');
      expect(initialValue(by('heading-level'))).to.equal('2');
      expect(initialValue(by('show-notes'))).to.equal(true);
      expect(initialValue(by('weight'))).to.equal('');
    });

    it('offers "Not set" first when there is no default to fall back on', () => {
      const control = controlFor({ name: 'size', type: { text: "'s' | 'm' | undefined" } });
      expect(control.options[0]).to.deep.equal({ value: '', label: 'Not set' });
      expect(initialValue(control)).to.equal('');
    });

    it('labels from the attribute name and keeps the description on one line', () => {
      expect(by('heading-level').label).to.equal('Heading level');
      expect(by('weight').description).to.equal('Body weight.');
      expect(by('heading-level').inherited).to.equal(true);
      expect(labelFor('color-scheme')).to.equal('Color scheme');
    });

    it('applies a page override, e.g. a value list for a string attribute', () => {
      const [lang] = controlsFor({ attributes: [{ name: 'lang', type: { text: 'string' } }] }, enums, {
        lang: { label: 'Language', values: ['en', 'es'], valueLabels: { '': 'Follow the page', es: 'Spanish' } },
      });
      expect(lang.kind).to.equal('select');
      expect(lang.label).to.equal('Language');
      expect(lang.options.map((o) => o.label)).to.deep.equal(['Follow the page', 'en', 'Spanish']);
    });

    it('keeps the first of a repeated attribute', () => {
      expect(
        controlsFor({
          attributes: [
            { name: 'a', type: { text: 'number' } },
            { name: 'a', type: { text: 'string' } },
          ],
        }),
      ).to.have.length(1);
    });
  });

  describe('attributeFor', () => {
    const dose = elementsOf(sample).find((e) => e.tag === 'dose-range')!;
    const controls = controlsFor(dose, enums);
    const by = (name: string) => controls.find((c) => c.name === name)!;

    it('leaves out defaults, blanks and bad numbers', () => {
      expect(attributeFor(by('unit'), 'kg')).to.equal(null);
      expect(attributeFor(by('unit'), 'lb')).to.equal('lb');
      expect(attributeFor(by('weight'), '')).to.equal(null);
      expect(attributeFor(by('weight'), 'eighty')).to.equal(null);
      expect(attributeFor(by('weight'), '80')).to.equal('80');
      expect(attributeFor(by('heading-level'), '2')).to.equal(null);
    });

    it('cannot write a boolean whose default is true (an attribute can only turn it on)', () => {
      expect(attributeFor(by('show-notes'), true)).to.equal(null);
      expect(attributeFor(controlFor({ name: 'b', type: { text: 'boolean' } }), true)).to.equal(true);
      expect(attributeFor(controlFor({ name: 'b', type: { text: 'boolean' } }), false)).to.equal(null);
    });
  });

  describe('numberProblem', () => {
    it('accepts numbers and blank, and explains anything else', () => {
      expect(numberProblem('80')).to.equal(null);
      expect(numberProblem(' 72.5 ')).to.equal(null);
      expect(numberProblem('')).to.equal(null);
      expect(numberProblem('80 kg')).to.be.a('string');
      expect(numberProblem('Infinity')).to.be.a('string');
    });
  });

  describe('with the real custom-elements.json', () => {
    const elements = elementsOf(manifest);
    const realEnums = new Map<string, readonly Literal[]>();

    it('finds every element the drop-in entry registers', () => {
      const entry = manifest.modules.find((m) => m.path === 'src/ketamine-widgets.ts')!;
      const exported = (entry.exports ?? []).map((e) => e.declaration?.name ?? e.name);
      expect(elements.map((e) => e.className)).to.deep.equal(exported);
      for (const element of elements) expect(element.tag).to.match(/^[a-z]+(-[a-z]+)+$/);
    });

    it('gives every element a control for every attribute it lists, a select wherever the manifest names the values', () => {
      for (const element of elements) {
        const controls = controlsFor(element, realEnums);
        expect(
          controls.map((c) => c.name),
          element.tag,
        ).to.deep.equal([...new Set(element.attributes.map((a) => a.name))]);
        for (const control of controls) {
          const members = splitTopLevel(control.typeText, '|')
            .map((m) => m.trim())
            .filter((m) => m && m !== 'undefined' && m !== 'null');
          const literals = members.map(parseLiteral);
          const values = literals.every((v) => typeof v === 'string' || typeof v === 'number')
            ? literals
            : members.length === 1
              ? realEnums.get(members[0])
              : undefined;
          if (!values?.length) continue;
          expect(control.kind, `${element.tag} ${control.name}`).to.equal('select');
          expect(control.options.map((o) => o.value).filter(Boolean), `${element.tag} ${control.name}`).to.deep.equal(values.map(String));
        }
      }
    });

    it('offers color-scheme and heading-level as selects starting from their defaults', () => {
      for (const element of elements) {
        const controls = controlsFor(element, realEnums);
        const scheme = controls.find((c) => c.name === 'color-scheme')!;
        expect(scheme.kind).to.equal('select');
        expect(scheme.options.map((o) => o.value)).to.include.members(['auto', 'light', 'dark']);
        expect(initialValue(scheme)).to.equal('auto');
        const level = controls.find((c) => c.name === 'heading-level')!;
        expect(level.kind).to.equal('select');
        expect(level.options.map((o) => o.value)).to.include.members(['1', '2', '3', '4', '5', '6']);
        expect(initialValue(level)).to.equal('2');
      }
    });
  });
});
