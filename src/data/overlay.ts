/**
 * A translation of the bundled content, shipped as only what differs from the English.
 *
 * Every language's content has the same shape as the English: the same keys in the same order,
 * the same lists, the same ids, numbers, source links and dates. Only the words differ. So the
 * browser builds ship a language other than English as the list of its text, in the order a walk
 * of the English meets each string, with `0` wherever the text is the same as the English. The
 * English is always in the script already, so a Spanish page fetches only the Spanish words.
 *
 * The build makes the overlay (scripts/content-overlay.ts) and checks that it gives back the
 * reviewed file exactly, or stops. In development, in tests and on the server the content is
 * read whole, and `withOverlay` passes it through.
 */

/** The strings of a translation, in the order a walk of the English meets them; `0`: as in English. */
export interface ContentOverlay {
  $overlayOf: string;
  strings: (string | 0)[];
}

export function isOverlay(value: unknown): value is ContentOverlay {
  return typeof value === 'object' && value !== null && '$overlayOf' in value;
}

/** Calls `visit` on each string of `value`, depth first, in key and list order; returns the copy. */
export function mapStrings(value: unknown, visit: (text: string) => string): unknown {
  if (typeof value === 'string') return visit(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, visit));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = mapStrings((value as Record<string, unknown>)[key], visit);
    return out;
  }
  return value;
}

/** `content` itself, or, if it is an overlay, the translation it describes over `base`. */
export function withOverlay<T>(base: T, content: unknown): T {
  if (!isOverlay(content)) return content as T;
  let i = 0;
  const { strings } = content;
  return mapStrings(base, (text) => {
    const translated = strings[i++];
    return translated === 0 ? text : translated;
  }) as T;
}
