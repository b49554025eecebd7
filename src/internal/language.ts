import { bundledDataset, type Dataset } from '../data/dataset.js';
import type { Locale } from './locale.js';
import { loadStrings, type StringTable } from './localize.js';
import { commonStrings } from './strings.js';

/**
 * A language's content and UI strings: the bundled dataset for `locale`, once it, the common
 * strings and those of `tables` have loaded. At once when nothing has to load (English, or a
 * language already here), else a promise. The data layer knows nothing of strings: this is where
 * the two meet.
 */
export function loadLanguage(locale: Locale, tables: readonly StringTable<string>[]): Dataset | Promise<Dataset> {
  const data = bundledDataset(locale);
  const pending = [commonStrings, ...tables].map((table) => loadStrings(table, locale)).filter((p) => p !== undefined);
  if (!pending.length) return data;
  return Promise.all([data, ...pending]).then(([loaded]) => loaded);
}
