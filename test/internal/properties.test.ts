import { expect } from '@open-wc/testing';
import '../../src/ketamine-widgets.js';
import manifestJson from '../../custom-elements.json';

// The reactive properties are declared in each class's `static properties` (not decorators), and
// the manifest is generated from the same source by a separate analyzer. These tests hold the two
// together: an attribute the manifest documents must be one the element observes, with the field
// it names. (Internal state without `attribute: false` would show in the manifest as an attribute
// the element does not observe.)
interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
}
const declarations = (manifestJson as unknown as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (m) => m.declarations ?? [],
);
type Reactive = typeof HTMLElement & {
  observedAttributes: string[];
  elementProperties: Map<PropertyKey, { attribute?: string | boolean }>;
};
// Lit's hydrate support observes this one on every element; it is not part of the element's API.
const HYDRATE_ATTRIBUTE = 'defer-hydration';

for (const tag of ['ketamine-facts', 'dose-range', 'risk-checklist']) {
  describe(`${tag}: reactive properties against the manifest`, () => {
    const declaration = declarations.find((d) => d.tagName === tag)!;
    const ctor = customElements.get(tag) as Reactive;

    it('observes exactly the attributes the manifest documents', () => {
      const observed = ctor.observedAttributes.filter((a) => a !== HYDRATE_ATTRIBUTE);
      expect([...observed].sort()).to.deep.equal(declaration.attributes!.map((a) => a.name).sort());
    });

    it('maps each documented attribute to the field the manifest names', () => {
      for (const { name, fieldName } of declaration.attributes!) {
        const options = ctor.elementProperties.get(fieldName!);
        expect(options, `${name} → ${fieldName}`).to.be.an('object');
        const attribute = typeof options!.attribute === 'string' ? options!.attribute : fieldName!.toLowerCase();
        expect(attribute, fieldName).to.equal(name);
      }
    });
  });
}
