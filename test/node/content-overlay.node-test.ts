/**
 * The browser builds ship Spanish as an overlay on the English (src/data/overlay.ts, made by
 * scripts/content-overlay.ts): only the words that differ, in the order a walk of the English
 * meets them. It must give back the reviewed file exactly, for the whole content and for each
 * one-element script's slice, and stop the build, naming the place, where the two files differ in
 * anything but words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { overlayOf } from '../../scripts/content-overlay.js';
import { SLICE_TAGS, sliceContent, type Json } from '../../scripts/content-slice.js';
import { withOverlay } from '../../src/data/overlay.js';
import en from '../../src/data/ketamine.en.json' with { type: 'json' };
import es from '../../src/data/ketamine.es.json' with { type: 'json' };

type Content = Parameters<typeof sliceContent>[0];
const english = en as unknown as Content;
const spanish = es as unknown as Content;

describe('content overlay', () => {
  const shapes: [string, (c: Content) => Content][] = [
    ['the whole content', (c) => c],
    ...SLICE_TAGS.map((tag): [string, (c: Content) => Content] => [`the ${tag} slice`, (c) => sliceContent(c, tag)]),
  ];
  for (const [name, shape] of shapes) {
    it(`gives back the reviewed Spanish exactly: ${name}`, () => {
      const overlay = overlayOf(shape(english), shape(spanish));
      assert.equal(overlay.$overlayOf, 'en');
      assert.deepStrictEqual(withOverlay(shape(english), overlay), shape(spanish));
    });
  }

  it('carries the Spanish words and nothing the English already has', () => {
    const overlay = overlayOf(english, spanish);
    const text = JSON.stringify(overlay);
    assert.ok(text.includes(JSON.stringify(es.meta.disclaimer)));
    assert.ok(!text.includes(es.sources[0].authors!), 'the authors the two share are not repeated');
    assert.ok(!text.includes('pubmed.ncbi.nlm.nih.gov'), 'nor are the links');
    assert.ok(!text.includes('"id"'), 'nor the keys');
    assert.ok(text.length < JSON.stringify(spanish).length * 0.8, `${text.length} of ${JSON.stringify(spanish).length}`);
    // The languages share ids, links and dates; the overlay marks each of those 0.
    assert.ok(overlay.strings.includes(0));
  });

  it('keeps a translation that is the empty string, and one that equals another language', () => {
    const base: Json = { a: 'Hello', b: ['x', 'y'], n: 1 };
    const overlay = overlayOf(base, { a: '', b: ['x', 'Y'], n: 1 });
    assert.deepEqual(overlay.strings, ['', 0, 'Y']);
    assert.deepEqual(withOverlay(base, overlay), { a: '', b: ['x', 'Y'], n: 1 });
  });

  it('keeps a key named __proto__ a plain key', () => {
    const base = JSON.parse('{"__proto__": "Hello", "a": ["x"]}') as Json;
    const translation = JSON.parse('{"__proto__": "Hola", "a": ["x"]}') as Json;
    const rebuilt = withOverlay(base, overlayOf(base, translation)) as object;
    assert.deepEqual(Object.keys(rebuilt), ['__proto__', 'a']);
    assert.equal(Object.getPrototypeOf(rebuilt), Object.prototype);
    assert.equal(JSON.stringify(rebuilt), JSON.stringify(translation));
  });

  it('throws, rather than put text in the wrong places, when an overlay does not fit the English it is given', () => {
    const base: Json = { a: 'one', b: 'two' };
    assert.throws(() => withOverlay(base, { $overlayOf: 'en', strings: ['uno'] }), /the en overlay has 1 strings/);
    assert.throws(() => withOverlay(base, { $overlayOf: 'en', strings: ['uno', 'dos', 'tres'] }), /the en overlay has 3 strings/);
    // The whole Spanish overlay over one element's slice of the English: the wrong base.
    const whole = overlayOf(english, spanish);
    assert.throws(() => withOverlay(sliceContent(english, 'dose-range'), whole), /overlay has \d+ strings/);
  });

  it('passes content that is not an overlay through (the tests, the server, npm start)', () => {
    assert.equal(withOverlay(english, spanish), spanish);
  });

  const mismatches: [string, Json, Json, RegExp][] = [
    ['keys in another order', { a: 'x', b: 'y' }, { b: 'y', a: 'x' }, /the content has the keys a, b in English, b, a/],
    ['a missing key', { a: { b: 'x', c: 'y' } }, { a: { b: 'x' } }, /content overlay: a has the keys b, c/],
    ['a list of another length', { list: ['x', 'y'] }, { list: ['x'] }, /content overlay: list is a list of 2/],
    [
      'a number that differs',
      { dose: [{ min: 0.1 }] },
      { dose: [{ min: 0.2 }] },
      /content overlay: dose\[0\]\.min is 0\.1 in English, 0\.2/,
    ],
    ['text where English has a number', { n: 1 }, { n: '1' }, /content overlay: n is 1 in English, "1"/],
    ['a number where English has text', { t: 'x' }, { t: 1 }, /content overlay: t is text in English, not in the translation/],
    ['null where English has text', { t: 'x' }, { t: null }, /content overlay: t is text in English, not in the translation/],
    [
      'a list where English has an object',
      { o: { a: 'x' } },
      { o: ['x'] },
      /content overlay: o is an object in English, not in the translation/,
    ],
  ];
  for (const [what, base, translation, message] of mismatches)
    it(`stops the build, naming the place, on ${what}`, () => {
      assert.throws(() => overlayOf(base, translation), message);
    });
});
