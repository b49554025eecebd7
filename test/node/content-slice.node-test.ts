/**
 * The content slices of the one-element scripts (scripts/content-slice.ts): each keeps its
 * element's part of the content whole, `meta`, and exactly the sources that part cites; the other
 * parts are emptied. In both languages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SLICE_TAGS, citedIds, sliceContent } from '../../scripts/content-slice.js';
import en from '../../src/data/ketamine.en.json' with { type: 'json' };
import es from '../../src/data/ketamine.es.json' with { type: 'json' };

const PART = { 'ketamine-facts': 'sections', 'dose-range': 'dose', 'risk-checklist': 'checklist' } as const;
type Content = Parameters<typeof sliceContent>[0];

for (const [lang, content] of [
  ['en', en],
  ['es', es],
] as const) {
  describe(`content slices, ${lang}`, () => {
    for (const tag of SLICE_TAGS) {
      it(`${tag}: its part and meta whole, the sources it cites and no other`, () => {
        const whole = content as unknown as Content;
        const slice = sliceContent(whole, tag);
        const part = PART[tag];
        assert.deepEqual(slice[part], whole[part]);
        assert.deepEqual(slice.meta, whole.meta);
        assert.equal(slice.$slice, tag);
        const cited = citedIds(whole[part]);
        assert.ok(cited.size > 0, 'the part cites sources');
        assert.deepEqual(
          slice.sources.map((s) => s.id),
          whole.sources.filter((s) => cited.has(s.id)).map((s) => s.id),
        );
        // Every source the part cites is in the slice (the dataset has no dangling ids).
        for (const id of cited)
          assert.ok(
            slice.sources.some((s) => s.id === id),
            `${id} kept`,
          );
        for (const other of Object.values(PART).filter((p) => p !== part)) {
          assert.ok(JSON.stringify(slice[other]).length < 40, `${other} emptied`);
        }
        assert.ok(JSON.stringify(slice).length < JSON.stringify(whole).length, 'smaller than the whole');
      });
    }
  });
}

describe('citedIds', () => {
  it('finds sources and limitSources at any depth, and nothing else', () => {
    const ids = citedIds({ a: { sources: ['x', 'y'] }, b: [{ limitSources: ['z'] }, { text: 'sources', id: 'w' }] });
    assert.deepEqual([...ids].sort(), ['x', 'y', 'z']);
  });
});
