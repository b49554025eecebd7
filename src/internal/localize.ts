import type { Locale } from './locale.js';

/** A component's UI strings: English is complete; other languages may miss a key and fall back to English. */
export interface StringTable<K extends string> {
  en: Record<K, string>;
  es: Partial<Record<K, string>>;
}

const merged = new WeakMap<object, Map<Locale, Record<string, string>>>();

/** The strings for `locale`, each missing one taken from English (never a key name). */
export function localize<K extends string>(table: StringTable<K>, locale: Locale): Record<K, string> {
  if (locale === 'en') return table.en;
  let byLocale = merged.get(table);
  if (!byLocale) merged.set(table, (byLocale = new Map()));
  let strings = byLocale.get(locale);
  if (!strings) {
    strings = { ...table.en };
    for (const [key, value] of Object.entries(table[locale] ?? {})) if (value) strings[key] = value as string;
    byLocale.set(locale, strings);
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
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
