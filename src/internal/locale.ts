import { LOCALES, type Locale } from '../data/locales.js';

export { LOCALES, type Locale };

/** Maps a BCP 47 tag to a bundled locale: "es-MX" → "es"; anything unknown → "en". */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = primarySubtag(tag);
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/** Whether `tag` names a language the content exists in ("es-MX" does, "fr" does not). */
export function hasContentFor(tag: string | null | undefined): boolean {
  return (LOCALES as readonly string[]).includes(primarySubtag(tag));
}

function primarySubtag(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]!;
}

/**
 * The `lang` tag that applies to an element: its own, else the nearest ancestor's (crossing
 * shadow roots, so a widget inside another component follows that page), else ''.
 */
export function resolveLangTag(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The language an element speaks: the bundled locale of the tag that applies to it, else English. */
export function resolveLocale(el: Element): Locale {
  return toLocale(resolveLangTag(el));
}

/**
 * Where a tag names no region, numbers and dates follow the region most readers of these pages
 * live in: the content is written for US clinics, and US Spanish writes "0.5", not "0,5".
 */
const DEFAULT_REGION: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/**
 * The tag numbers and dates are formatted with: the reader's own regional tag when it is of the
 * content's language and the browser knows it ("es-ES" gives "0,5", "es-MX" gives "0.5"), else
 * the language's default region.
 */
export function intlLocale(tag: string | null | undefined, locale: Locale): string {
  const wanted = (tag ?? '').trim().replace(/_/g, '-');
  if (wanted.includes('-') && wanted.split('-')[0]!.toLowerCase() === locale) {
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(wanted);
      if (supported) return supported;
    } catch {
      // Not a well-formed tag: the language's default region below.
    }
  }
  return DEFAULT_REGION[locale];
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang` attribute in the document changes. One observer serves every
 * element on the page; it stops when the last element disconnects.
 */
export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
