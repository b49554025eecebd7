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

function isOverlay(value: unknown): value is ContentOverlay {
  return typeof value === 'object' && value !== null && '$overlayOf' in value;
}

/**
 * A copy of `value` with `visit` applied to each string, depth first, in key and list order: the
 * one walk order the build and the browser share. Objects are built with `Object.fromEntries`, so
 * a key such as `__proto__` stays a plain key.
 */
export function mapStrings(value: unknown, visit: (text: string) => string): unknown {
  if (typeof value === 'string') return visit(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, visit));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, mapStrings(v, visit)]));
  return value;
}

/**
 * `content` itself, or, if it is an overlay, the translation it describes over `base`. Throws when
 * the overlay does not fit `base` (more or fewer strings than it has), so that the caller shows
 * the English rather than text in the wrong places.
 */
export function withOverlay<T>(base: T, content: unknown): T {
  if (!isOverlay(content)) return content as T;
  const { strings } = content;
  let i = 0;
  const misfit = () =>
    new Error(`the ${content.$overlayOf} overlay has ${strings.length} strings; the content it translates has more or fewer`);
  const translated = mapStrings(base, (text) => {
    if (i >= strings.length) throw misfit();
    const own = strings[i++];
    return own === 0 ? text : own;
  });
  if (i !== strings.length) throw misfit();
  return translated as T;
}
