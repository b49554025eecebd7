/**
 * The one place that loads the bundled content, applies a clinic's dataset and answers lookups.
 * zod is not imported here: the bundled JSON is validated at build and test time, and the
 * validator loads (as its own chunk) only when a page asks for a clinic dataset.
 */
import type { Dataset, Source } from './schema.js';
import type { Locale } from './locales.js';
import type { ClinicInput } from './clinic.js';
import en from './ketamine.en.json';
import { wholeContent } from './whole.js';
import { withOverlay } from './overlay.js';

export type { Dataset, Source, Locale, ClinicInput };

const english = en as unknown as Dataset;
const bundled = new Map<Locale, Dataset | Promise<Dataset>>([['en', english]]);

/**
 * Other languages' content: each its own chunk, fetched the first time a page shows it. The browser
 * builds ship it as an overlay on the English (overlay.ts); elsewhere it is the JSON as written.
 */
const lazyLocales: Record<Exclude<Locale, 'en'>, () => Promise<{ default: unknown }>> = {
  es: () => import('./ketamine.es.json'),
};

/**
 * The bundled dataset for `locale`: at once for English, a promise the first time another
 * language is asked for (its data is a separate chunk, fetched only then). A failed load falls
 * back to English.
 */
export function bundledDataset(locale: Locale): Dataset | Promise<Dataset> {
  let data = bundled.get(locale);
  if (!data) {
    const load = lazyLocales[locale as Exclude<Locale, 'en'>];
    data = load()
      .then((m) => {
        const loaded = withOverlay(english, m.default);
        bundled.set(locale, loaded);
        return loaded;
      })
      .catch((e: unknown) => {
        bundled.delete(locale);
        throw e;
      });
    bundled.set(locale, data);
  }
  return data;
}

/**
 * `base` with a clinic's dataset merged over it. Rejects with a `DatasetError` that names the
 * failing field; the caller keeps showing `base`.
 */
export async function withClinicDataset(base: Dataset, input: ClinicInput): Promise<Dataset> {
  const [{ applyClinicDataset }, whole] = await Promise.all([import('./clinic.js'), wholeContent(base)]);
  return applyClinicDataset(whole, input);
}

const indexes = new WeakMap<Dataset, Map<string, Source>>();

/** The sources a claim names, in the order it names them; unknown ids are skipped. */
export function sourcesFor(data: Dataset, ids: readonly string[]): Source[] {
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = new Map(data.sources.map((s) => [s.id, s]))));
  return ids.flatMap((id) => index.get(id) ?? []);
}
