/**
 * Target size (WCAG 2.2, 2.5.8, AA): everything a reader can click or tap measures at least 24 by
 * 24 CSS px, in every state: fields, unit switch, checkboxes, buttons, disclosures and links,
 * including the links inside citations and the source list.
 *
 * No link here claims 2.5.8's inline exception: a citation's "Read the study (DOI …)" and a
 * source's DOI or address are pieces of a reference list, set after a full stop, not words inside a
 * sentence; so each one is a target of at least 24 × 24 px (an inline-block; see internal/styles.ts).
 */
import { expect } from '@open-wc/testing';
import { INTERACTIVE, shadowRoots } from './helpers.js';
import { STATES } from './fixtures.js';

const MIN = 24;

/** The boxes a pointer can hit: a link's fragments on each line it spans, or the element's box. */
function targetBoxes(node: HTMLElement): DOMRect[] {
  if (node.localName === 'a') return [...node.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  return [node.getBoundingClientRect()];
}

const describeNode = (node: Element) =>
  `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''} "${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;

describe('target size (a11y)', function () {
  this.timeout(30000);

  for (const state of STATES) {
    it(`${state.name}: every target is at least ${MIN}×${MIN} px`, async () => {
      const el = await state.render();
      const targets = shadowRoots(el)
        .flatMap((root) => [...root.querySelectorAll<HTMLElement>(INTERACTIVE)])
        .filter((node) => node.checkVisibility());
      expect(targets.length).to.be.greaterThan(0);
      const small: string[] = [];
      for (const node of targets) {
        for (const box of targetBoxes(node)) {
          if (box.width < MIN - 0.01 || box.height < MIN - 0.01)
            small.push(`${describeNode(node)}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
        }
      }
      expect(small).to.deep.equal([]);
    });
  }
});
