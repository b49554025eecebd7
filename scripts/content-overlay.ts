/**
 * A language's content as an overlay on the English (src/data/overlay.ts), for the browser builds.
 *
 * `overlayOf(base, translation)` checks that the translation has the English's shape (the same
 * keys in the same order, the same list lengths, the same numbers, booleans and nulls: only text
 * may differ), lists its strings with `0` for each one the English has as well, and checks that
 * `withOverlay` rebuilds the translation from the two exactly. Anything else stops the build with
 * the path that differs: a patient must read the reviewed file, word for word.
 */
import { isDeepStrictEqual } from 'node:util';

import { mapStrings, withOverlay, type ContentOverlay } from '../src/data/overlay.js';
import type { Json } from './content-slice.js';

/** Throws, naming the path, where `translation` does not have `base`'s shape. */
function sameShape(base: Json, translation: Json, path: string): void {
  const fail = (what: string) => {
    throw new Error(`content overlay: ${path || 'the content'} ${what} (the English and the translation must have one shape)`);
  };
  if (typeof base === 'string') {
    if (typeof translation !== 'string') fail('is text in English, not in the translation');
  } else if (Array.isArray(base)) {
    if (!Array.isArray(translation) || translation.length !== base.length)
      fail(`is a list of ${base.length} in English, not in the translation`);
    base.forEach((b, i) => sameShape(b, (translation as Json[])[i], `${path}[${i}]`));
  } else if (base && typeof base === 'object') {
    if (!translation || typeof translation !== 'object' || Array.isArray(translation))
      fail('is an object in English, not in the translation');
    const keys = Object.keys(base);
    if (!isDeepStrictEqual(keys, Object.keys(translation as object)))
      fail(`has the keys ${keys.join(', ')} in English, ${Object.keys(translation as object).join(', ')} in the translation`);
    for (const key of keys) sameShape(base[key], (translation as Record<string, Json>)[key], path ? `${path}.${key}` : key);
  } else if (base !== translation) fail(`is ${JSON.stringify(base)} in English, ${JSON.stringify(translation)} in the translation`);
}

/** Every string of `value`, in the order `mapStrings` meets them. */
function stringsOf(value: Json): string[] {
  const out: string[] = [];
  mapStrings(value, (text) => {
    out.push(text);
    return text;
  });
  return out;
}

/** The path of the first place `a` and `b` differ (key order included), or undefined. */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  const here = path || 'the content';
  if (a === b) return undefined;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return here;
  const keys = Object.keys(a);
  if (!isDeepStrictEqual(keys, Object.keys(b))) return `${here} (its keys)`;
  for (const key of keys) {
    const at = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at);
    if (found) return found;
  }
  return undefined;
}

/** `translation` as the strings that differ from `base` (the English of the same build). */
export function overlayOf(base: Json, translation: Json, baseLocale = 'en'): ContentOverlay {
  sameShape(base, translation, '');
  const theirs = stringsOf(translation);
  const overlay: ContentOverlay = {
    $overlayOf: baseLocale,
    strings: stringsOf(base).map((text, i) => (theirs[i] === text ? 0 : theirs[i])),
  };
  const differs = firstDifference(withOverlay(base, overlay), translation, '');
  if (differs) throw new Error(`content overlay: the overlay does not give back the translation exactly, at ${differs}`);
  return overlay;
}
