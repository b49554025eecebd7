import type { Locale } from './locale.js';

/**
 * A component's UI strings in English, the complete set. Other languages live in translation
 * files (`translations/es.ts` beside the component) that arrive with that language's content
 * bundle, so an English page never downloads them.
 */
export interface StringTable<K extends string> {
  /** The table's name in a language bundle's `strings`. */
  readonly id: string;
  readonly en: Record<K, string>;
}

/** One table in another language: a missing or empty string falls back to English. */
export type Translation<T> = T extends StringTable<infer K> ? Partial<Record<K, string>> : never;

/** Every table of one language, by table id. */
export type Translations = Readonly<Record<string, Partial<Record<string, string>> | undefined>>;

const translations = new Map<Locale, Translations>();
const merged = new WeakMap<object, Record<string, string>>();

/** Registers a language's UI strings (the language bundle loader calls it). */
export function addTranslations(locale: Locale, tables: Translations): void {
  translations.set(locale, tables);
}

/**
 * The strings for `locale`, each missing one taken from English (never a key name). Until the
 * language's bundle has arrived that is all of them, matching the English content still shown.
 */
export function localize<K extends string>(table: StringTable<K>, locale: Locale): Record<K, string> {
  const translation = locale === 'en' ? undefined : translations.get(locale)?.[table.id];
  if (!translation) return table.en;
  let strings = merged.get(translation);
  if (!strings) {
    strings = { ...table.en };
    for (const [key, value] of Object.entries(translation)) if (value) strings[key] = value;
    merged.set(translation, strings);
  }
  return strings as Record<K, string>;
}

/** Fills `{name}` placeholders: format('{n} things', { n: 3 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Picks the `one` or `other` form of a count, by the language's plural rules. */
export function plural(locale: Locale, n: number, forms: { one: string; other: string }): string {
  const rule = new Intl.PluralRules(locale).select(n);
  return format(rule === 'one' ? forms.one : forms.other, { n: new Intl.NumberFormat(locale).format(n) });
}

/** A date such as "November 25, 2026" / "25 de noviembre de 2026", from an ISO date. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
