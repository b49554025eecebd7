import { expect } from '@open-wc/testing';
import '../../src/ketamine-widgets.js';
import manifestJson from '../../custom-elements.json';

// The reactive properties are declared in each class's `static properties` (not decorators), by
// name, apart from the fields they make reactive; the manifest is generated from the same source by
// a separate analyzer that reads the fields' TypeScript types. These tests hold the three together:
// - each declared name is a field of the class (a misspelt key would leave the field inert);
// - the attributes the manifest documents are exactly those the element observes, each with the
//   field the manifest names (internal state without `attribute: false` would show in the manifest
//   as an attribute the element does not observe);
// - each attribute converts and reflects as its field's type and the manifest say.
interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; static?: boolean; type?: { text: string }; reflects?: boolean }[];
}
const declarations = (manifestJson as unknown as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (m) => m.declarations ?? [],
);
interface Options {
  attribute?: string | boolean;
  type?: unknown;
  reflect?: boolean;
}
type Reactive = typeof HTMLElement & { observedAttributes: string[]; elementProperties: Map<PropertyKey, Options> };
// Lit's hydrate support observes this one on every element; it is not part of the element's API.
const HYDRATE_ATTRIBUTE = 'defer-hydration';

/** The converter a field's TypeScript type calls for: Boolean, Number, or the default (String). */
function converterFor(typeText: string): unknown {
  const members = typeText
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined');
  if (members.every((t) => t === 'boolean')) return Boolean;
  if (members.every((t) => t === 'number' || /^\d+$/.test(t))) return Number;
  return String;
}

for (const tag of ['ketamine-facts', 'dose-range', 'risk-checklist']) {
  describe(`${tag}: reactive properties against the manifest`, () => {
    const declaration = declarations.find((d) => d.tagName === tag)!;
    const ctor = customElements.get(tag) as Reactive;
    const field = (name: string) => declaration.members!.find((m) => m.kind === 'field' && !m.static && m.name === name);

    it('declares only names that are fields of the class', () => {
      for (const key of ctor.elementProperties.keys()) expect(field(String(key)), `${String(key)} is a field`).to.be.an('object');
    });

    it('observes exactly the attributes the manifest documents', () => {
      const observed = ctor.observedAttributes.filter((a) => a !== HYDRATE_ATTRIBUTE);
      expect([...observed].sort()).to.deep.equal(declaration.attributes!.map((a) => a.name).sort());
    });

    it("maps each documented attribute to the field the manifest names, converting and reflecting as the field's type says", () => {
      for (const { name, fieldName } of declaration.attributes!) {
        const options = ctor.elementProperties.get(fieldName!);
        expect(options, `${name} → ${fieldName}`).to.be.an('object');
        const attribute = typeof options!.attribute === 'string' ? options!.attribute : fieldName!.toLowerCase();
        expect(attribute, fieldName).to.equal(name);
        const member = field(fieldName!)!;
        expect(options!.type ?? String, `${fieldName}: ${member.type!.text}`).to.equal(converterFor(member.type!.text));
        expect(Boolean(options!.reflect), `${fieldName} reflects`).to.equal(Boolean(member.reflects));
      }
    });
  });
}
