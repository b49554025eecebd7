/**
 * Loads, validates and merges a clinic's dataset. Imported only on demand (it pulls in zod), so
 * the drop-in file stays small for the pages that don't use `src`.
 */
import { ClinicDatasetSchema, DatasetSchema, issuePath, type ClinicDataset, type Dataset } from './schema.js';

/** Where a clinic dataset comes from: a URL (`src`) or the JSON text of an inline script. */
export type ClinicInput = { url: string } | { inline: string };

/** Why a clinic dataset was not used: `field` is the zod path of the problem, or what failed. */
export class DatasetError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly url?: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

const fetched = new Map<string, Promise<unknown>>();

/** One request per URL however many elements name it. No cookies, no referrer. */
function fetchJson(url: string): Promise<unknown> {
  const absolute = new URL(url, document.baseURI).href;
  let pending = fetched.get(absolute);
  if (!pending) {
    pending = (async () => {
      let response: Response;
      try {
        response = await fetch(absolute, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
      } catch (e) {
        throw new DatasetError('(network)', `could not be fetched (${(e as Error).message})`, absolute);
      }
      if (!response.ok) throw new DatasetError('(response)', `answered HTTP ${response.status}`, absolute);
      const text = await response.text();
      return parseJson(text, absolute);
    })();
    // A failure may be fixed on the server: let a later element try again.
    pending.catch(() => fetched.delete(absolute));
    fetched.set(absolute, pending);
  }
  return pending;
}

function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DatasetError('(json)', `is not valid JSON (${(e as Error).message})`, url);
  }
}

type WithId = { id: string };

/** Items whose id matches replace (merged field by field), new ones are appended. */
function mergeById<T extends WithId>(base: readonly T[], extra: readonly Partial<T>[] | undefined, merge: (a: T, b: Partial<T>) => T): T[] {
  if (!extra?.length) return [...base];
  const out = [...base];
  for (const item of extra) {
    const i = out.findIndex((b) => b.id === item.id);
    if (i >= 0) out[i] = merge(out[i], item);
    else out.push(item as T);
  }
  return out;
}

const shallow = <T>(a: T, b: Partial<T>): T => ({ ...a, ...b });

/** `base` with `clinic` merged over it; not yet validated. */
export function mergeDataset(base: Dataset, clinic: ClinicDataset): Dataset {
  return {
    ...base,
    meta: { ...base.meta, ...clinic.meta },
    sources: mergeById(base.sources, clinic.sources, shallow),
    sections: mergeById(base.sections, clinic.sections, shallow),
    dose: { ...base.dose, ...clinic.dose },
    checklist: {
      groups: mergeById(base.checklist.groups, clinic.checklist?.groups, (a, b) => ({
        ...a,
        ...b,
        items: mergeById(a.items, b.items, shallow),
      })),
      generalQuestions: clinic.checklist?.generalQuestions ?? base.checklist.generalQuestions,
    },
    clinic: clinic.clinic ?? base.clinic,
  };
}

/** Fetches or parses a clinic dataset, validates it and merges it over `base`. */
export async function applyClinicDataset(base: Dataset, input: ClinicInput): Promise<Dataset> {
  const url = 'url' in input ? new URL(input.url, document.baseURI).href : undefined;
  const raw = url ? await fetchJson(url) : parseJson((input as { inline: string }).inline);
  const clinic = ClinicDatasetSchema.safeParse(raw);
  if (!clinic.success) {
    const issue = clinic.error.issues[0];
    throw new DatasetError(issuePath(issue.path), issue.message, url);
  }
  const merged = DatasetSchema.safeParse(mergeDataset(base, clinic.data));
  if (!merged.success) {
    const issue = merged.error.issues[0];
    throw new DatasetError(issuePath(issue.path), issue.message, url);
  }
  return merged.data;
}
