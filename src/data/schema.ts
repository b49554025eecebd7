/**
 * The zod schema of a ketamine-widgets dataset: the bundled content and any clinic override.
 *
 * Types are inferred from these schemas and never written twice. This module imports zod, so it
 * must stay off the default browser path: the bundled data is validated at build and test time,
 * and the browser loads this module only when a page asks for a clinic dataset (`src`).
 */
import * as z from 'zod';
import type { Locale } from './locales.js';

export type { Locale } from './locales.js';

// The language list, repeated here (and checked against locales.ts both ways at compile time)
// so this lazily loaded module shares no code with the drop-in: a shared module would become a
// third file every page must fetch.
const SCHEMA_LOCALES = ['en', 'es'] as const satisfies readonly Locale[];
type Missing = Exclude<Locale, (typeof SCHEMA_LOCALES)[number]>;
const everyLocale: [Missing] extends [never] ? true : Missing = true;
void everyLocale;

// zod compiles a fast path with `new Function` unless told not to, and merely probing for it is a
// CSP violation on strict pages (no 'unsafe-eval'). Must run before any schema below is built.
z.config({ jitless: true });

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const Text = z.string().trim().min(1).max(1200);
const SourceRefs = z.array(Id).min(1, 'every claim names at least one source');
const HttpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });
/**
 * A number within bounds that catch a typing error (mg for mg/kg, pounds for kg, a stray exponent)
 * and keep the dose arithmetic finite. They are sanity bounds, not medical limits: the figures a
 * clinic may show are its own decision, inside them.
 */
const Bounded = (min: number, max: number, unit: string) => {
  const error = `must be a number from ${min} to ${max} ${unit}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};
/**
 * The sanity bounds of a dataset's dose figures: mg per kg (the label's IV anesthesia doses reach
 * 4.5, its IM doses 13), weight in kg, and the cap on a total in mg.
 */
export const DOSE_SANITY = {
  mgPerKg: [0.001, 50],
  weightKg: [1, 500],
  totalMg: [0.001, 25_000],
} as const satisfies Record<string, readonly [number, number]>;
const MgPerKg = Bounded(...DOSE_SANITY.mgPerKg, 'mg per kg');
const WeightKg = Bounded(...DOSE_SANITY.weightKg, 'kg');
const IsoDate = z.iso.date();

/** What kind of source a claim rests on; readers see it as "how strong is this". */
export const SOURCE_KINDS = [
  'systematic-review',
  'trial',
  'cohort-study',
  'guideline',
  'drug-label',
  'drug-information',
  'regulator',
  'pharmacology-review',
  'consumer-article',
  'editorial',
] as const;

export const SourceSchema = z.strictObject({
  id: Id,
  /** Inline label, e.g. "Orhurhu and others, 2019". */
  short: Text,
  authors: Text.optional(),
  title: Text,
  /** The journal, agency or publisher. */
  publisher: Text,
  year: z.int().min(1900).max(2100).optional(),
  /** Volume, issue and pages, e.g. "129(1):241–254". */
  details: Text.optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1234/abc')
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
  url: HttpsUrl.optional(),
  /** A drug label's DailyMed set id (a UUID), with `revised`, the label version's date. */
  dailyMedSetId: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a DailyMed set id is a lowercase UUID')
    .optional(),
  /** The date of the version cited (a label's revision), where the source has versions. */
  revised: IsoDate.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  /** The date someone last read this source against the claims that cite it. */
  checked: IsoDate.optional(),
  /** true: checked against a primary source; false: only the source article says so. */
  verified: z.boolean(),
});

export const ClaimSchema = z.strictObject({ text: Text, sources: SourceRefs });

export const BlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: Text, sources: SourceRefs }),
  z.strictObject({
    kind: z.literal('list'),
    lead: Text.optional(),
    items: z.array(ClaimSchema).min(1),
  }),
  z.strictObject({
    kind: z.literal('finding'),
    /** e.g. "2019 review of 7 trials". */
    title: Text,
    /** What the study actually found. */
    text: Text,
    sources: SourceRefs,
    /** Where a popular account of the study gets it wrong. */
    correction: Text.optional(),
  }),
]);

export const SectionSchema = z.strictObject({
  id: Id,
  title: Text,
  blocks: z.array(BlockSchema).min(1),
});

const DoseShape = z.strictObject({
  /** Plain name of the route the range applies to, e.g. "IV infusion". */
  route: Text,
  mgPerKgMin: MgPerKg,
  mgPerKgMax: MgPerKg,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  /** Realistic adult weight bounds; inputs outside them get a message and no dose. */
  weightKgMin: WeightKg,
  weightKgMax: WeightKg,
  sources: SourceRefs,
  /** What the weight bounds and any cap on the total rest on. */
  limitSources: SourceRefs,
  /**
   * The largest total, in mg, the element will show. A weight whose upper total is above it
   * gets no computed figure, and the bar's scale ends here.
   */
  maxTotalMg: Bounded(...DOSE_SANITY.totalMg, 'mg').optional(),
  /** Context shown with the range: start low, other routes, the clinic decides. */
  notes: z.array(ClaimSchema).min(1),
});

export const DoseSchema = DoseShape.refine((d) => d.mgPerKgMin <= d.mgPerKgMax, {
  path: ['mgPerKgMax'],
  message: 'must not be below mgPerKgMin',
}).refine((d) => d.weightKgMin < d.weightKgMax, {
  path: ['weightKgMax'],
  message: 'must be above weightKgMin',
});

export const ChecklistItemSchema = z.strictObject({
  id: Id,
  /** What the reader ticks: "I have a heart condition". */
  label: Text,
  /** One or two plain sentences on why it matters. */
  why: Text,
  /** The question to bring to the care team when ticked. */
  question: Text,
  sources: SourceRefs,
});

export const ChecklistGroupSchema = z.strictObject({
  id: Id,
  title: Text,
  items: z.array(ChecklistItemSchema).min(1),
});

export const ChecklistSchema = z.strictObject({
  groups: z.array(ChecklistGroupSchema).min(1),
  /** Questions for everyone: treatments tried, medicines, conditions. */
  generalQuestions: z.array(ClaimSchema).min(1),
});

/** A clinician's sign-off of the content as the clinic shows it. */
export const SignOffSchema = z.strictObject({
  /** The reviewer's name, e.g. "Dr. Ana Ruiz". */
  name: Text.max(120),
  /** Credentials and role, e.g. "MD, board-certified in pain medicine". */
  credentials: Text.max(200),
  /** ISO date of the sign-off. */
  date: IsoDate,
});

export const ClinicSchema = z.strictObject({
  name: Text,
  /** A contact line shown with each element, e.g. "Call us at 555-0100". */
  contact: Text.optional(),
  url: HttpsUrl.optional(),
  /** The clinic's own clinical review, shown in every element's footer. */
  signOff: SignOffSchema.optional(),
});

export const MetaSchema = z.strictObject({
  locale: z.enum(SCHEMA_LOCALES),
  /** ISO date the content was last checked against its sources. */
  lastReviewed: IsoDate,
  /** ISO date by which the content is due to be checked again. */
  nextReview: IsoDate,
  disclaimer: Text,
});

const DatasetShape = z.strictObject({
  $schema: z.string().optional(),
  meta: MetaSchema,
  sources: z.array(SourceSchema).min(1),
  sections: z.array(SectionSchema).min(1),
  dose: DoseSchema,
  checklist: ChecklistSchema,
  clinic: ClinicSchema.optional(),
});

/** Every source a claim names must exist, and ids must be unique where pages pick by id. */
export const DatasetSchema = DatasetShape.superRefine((data, ctx) => {
  const known = new Set(data.sources.map((s) => s.id));
  const unique = (ids: string[], path: PropertyKey[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  unique(
    data.sources.map((s) => s.id),
    ['sources'],
  );
  unique(
    data.sections.map((s) => s.id),
    ['sections'],
  );
  unique(
    data.checklist.groups.flatMap((g) => g.items.map((i) => i.id)),
    ['checklist', 'items'],
  );

  const check = (refs: string[], path: PropertyKey[]) =>
    refs.forEach((ref, i) => {
      if (!known.has(ref)) ctx.addIssue({ code: 'custom', path: [...path, 'sources', i], message: `unknown source "${ref}"` });
    });
  data.sections.forEach((section, s) =>
    section.blocks.forEach((block, b) => {
      const at = ['sections', s, 'blocks', b];
      if (block.kind === 'list') block.items.forEach((item, i) => check(item.sources, [...at, 'items', i]));
      else check(block.sources, at);
    }),
  );
  check(data.dose.sources, ['dose']);
  check(data.dose.limitSources, ['dose', 'limit']);
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  const { lastReviewed, nextReview } = data.meta;
  if (isoDate.test(lastReviewed) && isoDate.test(nextReview) && nextReview <= lastReviewed) {
    ctx.addIssue({ code: 'custom', path: ['meta', 'nextReview'], message: 'must be after meta.lastReviewed' });
  }
  data.dose.notes.forEach((note, i) => check(note.sources, ['dose', 'notes', i]));
  data.checklist.groups.forEach((group, g) =>
    group.items.forEach((item, i) => check(item.sources, ['checklist', 'groups', g, 'items', i])),
  );
  data.checklist.generalQuestions.forEach((q, i) => check(q.sources, ['checklist', 'generalQuestions', i]));
});

/**
 * The rules for the content this library ships, on top of `DatasetSchema`: every source says
 * what kind it is, carries an identifier (PMID, DOI, web address, or a DailyMed set id with its
 * revision date) and the date it was checked. Clinic datasets are not held to this.
 */
export const BundledDatasetSchema = DatasetSchema.superRefine((data, ctx) => {
  data.sources.forEach((source, i) => {
    const at = ['sources', i];
    if (!source.kind) ctx.addIssue({ code: 'custom', path: [...at, 'kind'], message: 'say what kind of source this is' });
    if (!source.checked) ctx.addIssue({ code: 'custom', path: [...at, 'checked'], message: 'give the date the source was checked' });
    else if (source.checked > data.meta.lastReviewed) {
      ctx.addIssue({ code: 'custom', path: [...at, 'checked'], message: 'is after meta.lastReviewed' });
    }
    if (source.dailyMedSetId && !source.revised) {
      ctx.addIssue({ code: 'custom', path: [...at, 'revised'], message: 'a DailyMed set id needs the revision date' });
    }
    const unverifiedKinds: readonly (typeof source.kind)[] = ['consumer-article', 'editorial'];
    if (source.verified === unverifiedKinds.includes(source.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'verified'],
        message: 'only the consumer article and editorial notes are unverified',
      });
    }
    const identified = source.pmid || source.doi || source.url || source.dailyMedSetId;
    if (source.verified && !identified) {
      ctx.addIssue({ code: 'custom', path: at, message: 'a checked source needs a PMID, DOI, web address or DailyMed set id' });
    }
  });
});

/**
 * A clinic's dataset: any part of a full one. Lists of things with ids (sources, sections,
 * checklist groups and their items) merge by id: a known id replaces, a new one is added.
 */
export const ClinicDatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  meta: MetaSchema.partial().optional(),
  sources: z.array(SourceSchema).optional(),
  sections: z.array(SectionSchema).optional(),
  dose: DoseShape.partial().optional(),
  checklist: z
    .strictObject({
      groups: z.array(ChecklistGroupSchema.partial({ title: true })).optional(),
      generalQuestions: z.array(ClaimSchema).optional(),
    })
    .optional(),
  clinic: ClinicSchema.optional(),
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type ClinicDataset = z.infer<typeof ClinicDatasetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Dose = z.infer<typeof DoseSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type ChecklistGroup = z.infer<typeof ChecklistGroupSchema>;
export type Clinic = z.infer<typeof ClinicSchema>;
export type SignOff = z.infer<typeof SignOffSchema>;

/** "sections.3.blocks.0.text" style path of a zod issue, for console messages. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(root)';
}
