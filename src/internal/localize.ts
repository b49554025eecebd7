import type { Locale } from './locale.js';

/** A language other than English: the ones a string table loads on demand. */
export type OtherLocale = Exclude<Locale, 'en'>;

/** One table's strings in another language: a missing or empty string falls back to English. */
export type Translation<T> = T extends StringTable<infer K> ? Partial<Record<K, string>> : never;

/**
 * UI strings owned by one element (or shared by all): English inline, the complete set, and a
 * loader per other language (`() => import('./translations/es.js')`), fetched the first time a
 * page shows that language, so an English page never downloads them. The build puts every
 * Spanish translation and the Spanish content in one chunk (vite.config.ts).
 */
/** What a language's loader gives: the table's strings in that language (any may be missing). */
export type StringsIn = Partial<Record<string, string>>;

export interface StringTable<K extends string> {
  /** A name for messages and tests. */
  readonly id: string;
  readonly en: Readonly<Record<K, string>>;
  readonly load: Readonly<Record<OtherLocale, () => Promise<StringsIn>>>;
}

/** A string table whose keys are those of `en`: each key is written once. */
export function stringTable<const T extends Record<string, string>>(
  id: string,
  en: T,
  load: StringTable<string>['load'],
): StringTable<keyof T & string> {
  return { id, en, load };
}

/** Per table and language: the merged strings once loaded, the load while it is under way. */
const loaded = new WeakMap<object, Map<OtherLocale, Readonly<Record<string, string>> | Promise<void>>>();

/**
 * Loads `table` in `locale`: undefined when there is nothing to wait for (English, or already
 * loaded), else a promise that settles once `localize()` gives the translation. A failed load
 * rejects and is retried on the next call.
 */
export function loadStrings(table: StringTable<string>, locale: Locale): Promise<void> | undefined {
  if (locale === 'en') return undefined;
  let byLocale = loaded.get(table);
  if (!byLocale) loaded.set(table, (byLocale = new Map()));
  const entry = byLocale.get(locale);
  if (entry) return entry instanceof Promise ? entry : undefined;
  const done = table.load[locale]().then(
    (translation) => {
      const merged: Record<string, string> = { ...table.en };
      for (const [key, value] of Object.entries(translation)) if (value && key in merged) merged[key] = value;
      byLocale.set(locale, merged);
    },
    (e: unknown) => {
      byLocale.delete(locale);
      throw e;
    },
  );
  byLocale.set(locale, done);
  return done;
}

/**
 * The strings for `locale`, each missing one taken from English (never a key name). Until the
 * language has loaded (`loadStrings`) that is all of them, matching the English content still shown.
 */
export function localize<K extends string>(table: StringTable<K>, locale: Locale): Readonly<Record<K, string>> {
  if (locale === 'en') return table.en;
  const entry = loaded.get(table)?.get(locale);
  return entry && !(entry instanceof Promise) ? (entry as Readonly<Record<K, string>>) : table.en;
}

/*
 * Intl objects are costly to build (a page with 100 elements built one per date: 28 % of its first
 * render's script, bench/README.md) and safe to share: one per locale.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const todayFormats = new Map<string, Intl.DateTimeFormat>();
function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = make()));
  return value;
}

/** Fills `{name}` placeholders: format('{n} things', { n: 3 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/*
 * The first Intl object a page builds, of any kind, loads the browser's locale data: about 27 ms
 * on the dev machine (four times that on a phone), in the task that first renders the elements.
 * So what every page shows is written out here for the default regions and the bare languages,
 * word for word as Intl writes it (tested against it in both browsers); anything else goes to Intl.
 */

/** How numbers are written: en, en-US and es-US group by three with commas from 1,000; es groups with dots from 10.000. */
const NUMBER_STYLES: Record<string, { group: string; decimal: string; minGroupDigits: number }> = {
  en: { group: ',', decimal: '.', minGroupDigits: 1 },
  'en-US': { group: ',', decimal: '.', minGroupDigits: 1 },
  'es-US': { group: ',', decimal: '.', minGroupDigits: 1 },
  es: { group: '.', decimal: ',', minGroupDigits: 2 },
};

/** Adds one to a string of digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let carry = 1;
  let out = '';
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = Number(digits[i]) + carry;
    carry = d === 10 ? 1 : 0;
    out = String(d % 10) + out;
  }
  return carry ? `1${out}` : out;
}

/**
 * `n` as Intl.NumberFormat writes it with `maximumFractionDigits: digits`: rounded half away from
 * zero on its shortest decimal form (1.005 → 1.01, as Intl does, where toFixed gives 1.00).
 * Undefined for what this does not cover (a negative, an exponent form, an unknown style).
 */
function writeNumber(n: number, locale: string, digits: number, grouping: boolean): string | undefined {
  const style = NUMBER_STYLES[locale];
  const text = String(n);
  if (!style || !Number.isFinite(n) || n < 0 || text.includes('e')) return undefined;
  let [int, frac = ''] = text.split('.') as [string, string?];
  if (frac.length > digits) {
    const up = frac[digits]! >= '5';
    frac = frac.slice(0, digits);
    if (up) {
      const all = increment(int + frac);
      int = all.slice(0, all.length - frac.length);
      frac = all.slice(all.length - frac.length);
    }
  }
  frac = frac.replace(/0+$/, '');
  if (grouping && int.length >= 3 + style.minGroupDigits) int = int.replace(/\B(?=(\d{3})+$)/g, style.group);
  return frac ? `${int}${style.decimal}${frac}` : int;
}

/** `n` with at most `digits` decimals, in the reader's number style ("1,200.5", "1200,5", "12.000"); `grouping: false` never groups. */
export function formatNumber(n: number, locale: string, digits = 3, grouping = true): string {
  return (
    writeNumber(n, locale, digits, grouping) ??
    cached(
      numberFormats,
      `${locale} ${digits} ${grouping}`,
      // Grouping as the locale has it ("auto": Spanish from 10.000), or none.
      () =>
        new Intl.NumberFormat(locale, grouping ? { maximumFractionDigits: digits } : { maximumFractionDigits: digits, useGrouping: false }),
    ).format(n)
  );
}

/** Picks the `one` or `other` form of a count, by the language's plural rules. */
export function plural(locale: Locale, n: number, forms: { one: string; other: string }): string {
  // English and Spanish whole numbers: "one" is exactly 1 (Spanish's "many", for millions, is "other" here).
  const rule = Number.isInteger(n)
    ? n === 1
      ? 'one'
      : 'other'
    : cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n);
  return format(rule === 'one' ? forms.one : forms.other, { n: formatNumber(n, locale) });
}

/* Long dates, written out like numbers above; other regions ("en-GB": "2 December 2026") go through Intl. */
const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const ES_MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');
const writeEn = (y: number, month: number, d: number) => `${EN_MONTHS[month]} ${d}, ${y}`;
const writeEs = (y: number, month: number, d: number) => `${d} de ${ES_MONTHS[month]} de ${y}`;
/** By the tag dates are formatted with: the default regions, and the bare languages (the checklist's copy text). */
const WRITTEN: Record<string, typeof writeEn> = { 'en-US': writeEn, en: writeEn, 'es-US': writeEs, es: writeEs };

/** Today's date in the reader's time zone, e.g. "May 4, 2026" (one formatter per locale). */
export function formatToday(locale: string): string {
  const now = new Date();
  const written = WRITTEN[locale];
  if (written) return written(now.getFullYear(), now.getMonth(), now.getDate());
  return cached(todayFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(now);
}

/** A date such as "November 25, 2026" / "25 de noviembre de 2026", from an ISO date. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const written = WRITTEN[locale];
  if (written) return written(y, m - 1, d);
  const formatter = cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return formatter.format(Date.UTC(y, m - 1, d));
}
