/**
 * A language's content as an overlay on the English (src/data/overlay.ts), for the browser builds.
 *
 * `overlayOf(base, translation)` checks that the translation has the English's shape (the same
 * keys in the same order, the same list lengths, the same numbers, booleans and nulls), lists its
 * strings with `0` for each one the English has as well, and checks that `withOverlay` rebuilds the
 * translation from the two exactly. Anything else stops the build with the path that differs: a
 * patient must read the reviewed file, word for word.
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

/** `translation` as the strings that differ from `base` (the English of the same build). */
export function overlayOf(base: Json, translation: Json, baseLocale = 'en'): ContentOverlay {
  sameShape(base, translation, '');
  const theirs: string[] = [];
  mapStrings(translation, (text) => (theirs.push(text), text));
  let i = 0;
  const strings: (string | 0)[] = [];
  mapStrings(base, (text) => (strings.push(theirs[i] === text ? 0 : theirs[i]), i++, text));
  const overlay: ContentOverlay = { $overlayOf: baseLocale, strings };
  if (JSON.stringify(withOverlay(base, overlay)) !== JSON.stringify(translation))
    throw new Error('content overlay: the overlay does not give back the translation exactly');
  return overlay;
}
