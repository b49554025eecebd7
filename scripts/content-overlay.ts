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

/**
 * Where `translation` departs from `base`'s shape, as a phrase naming the path; undefined if
 * nowhere. With `text`, their strings must be equal too (the round trip's check).
 */
function departure(base: unknown, translation: unknown, path: string, text: boolean): string | undefined {
  const here = path || 'the content';
  const within = (b: unknown, t: unknown, at: string) => departure(b, t, at, text);
  if (typeof base === 'string') {
    if (typeof translation !== 'string') return `${here} is text in English, not in the translation`;
    return text && base !== translation ? `${here} reads differently` : undefined;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(translation) || translation.length !== base.length)
      return `${here} is a list of ${base.length} in English, not in the translation`;
    for (const [i, b] of base.entries()) {
      const found = within(b, translation[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (base && typeof base === 'object') {
    if (!translation || typeof translation !== 'object' || Array.isArray(translation))
      return `${here} is an object in English, not in the translation`;
    const keys = Object.keys(base);
    const theirs = Object.keys(translation);
    if (!isDeepStrictEqual(keys, theirs))
      return `${here} has the keys ${keys.join(', ')} in English, ${theirs.join(', ')} in the translation`;
    for (const key of keys) {
      const found = within(
        (base as Record<string, unknown>)[key],
        (translation as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      );
      if (found) return found;
    }
    return undefined;
  }
  return base === translation
    ? undefined
    : `${here} is ${JSON.stringify(base)} in English, ${JSON.stringify(translation)} in the translation`;
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

/** `translation` as the strings that differ from `base` (the English of the same build). */
export function overlayOf(base: Json, translation: Json, baseLocale = 'en'): ContentOverlay {
  const shape = departure(base, translation, '', false);
  if (shape) throw new Error(`content overlay: ${shape} (the English and the translation must have one shape)`);
  const theirs = stringsOf(translation);
  const overlay: ContentOverlay = {
    $overlayOf: baseLocale,
    strings: stringsOf(base).map((text, i) => (theirs[i] === text ? 0 : theirs[i])),
  };
  const differs = departure(translation, withOverlay(base, overlay), '', true);
  if (differs) throw new Error(`content overlay: the overlay does not give back the translation exactly: ${differs}`);
  return overlay;
}
