import type { Dataset, Source } from '../data/schema.js';
import type { Locale } from '../data/locales.js';

/** schema.org types for the dataset's kinds of source. */
const SOURCE_TYPES: Record<NonNullable<Source['kind']>, string> = {
  'systematic-review': 'ScholarlyArticle',
  trial: 'ScholarlyArticle',
  'cohort-study': 'ScholarlyArticle',
  guideline: 'MedicalGuideline',
  'drug-label': 'CreativeWork',
  'drug-information': 'WebPage',
  regulator: 'WebPage',
  'pharmacology-review': 'ScholarlyArticle',
  'consumer-article': 'Article',
  editorial: 'ScholarlyArticle',
};

const NAMES: Record<Locale, { page: string; audience: string }> = {
  en: { page: 'Ketamine for chronic pain: patient information', audience: 'Adults with chronic pain and their families' },
  es: { page: 'Ketamina para el dolor crónico: información para pacientes', audience: 'Adultos con dolor crónico y sus familias' },
};

function citation(source: Source): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@type': SOURCE_TYPES[source.kind ?? 'consumer-article'] ?? 'CreativeWork',
    name: source.title,
    publisher: { '@type': 'Organization', name: source.publisher },
  };
  if (source.authors) out.author = source.authors;
  if (source.year) out.datePublished = String(source.year);
  if (source.doi) out.sameAs = `https://doi.org/${source.doi}`;
  if (source.url) out.url = source.url;
  else if (source.doi) out.url = `https://doi.org/${source.doi}`;
  return out;
}

/**
 * The schema.org description of the content: a MedicalWebPage about the drug ketamine for
 * chronic pain, with the date it was last reviewed, every source it cites, its audience, and the
 * clinic's clinical reviewer when the clinic dataset gives a sign-off. Every prerendered element
 * carries one with the same `@id`, so a page showing several describes one page.
 */
export function medicalWebPage(data: Dataset, locale: Locale, sources: readonly Source[] = data.sources): Record<string, unknown> {
  const names = NAMES[locale];
  const page: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': '#ketamine-widgets',
    name: names.page,
    inLanguage: locale,
    about: [
      {
        '@type': 'Drug',
        name: locale === 'es' ? 'Ketamina' : 'Ketamine',
        alternateName: locale === 'es' ? 'Ketamine' : 'Ketamina',
        drugClass: { '@type': 'DrugClass', name: 'NMDA receptor antagonist' },
      },
      { '@type': 'MedicalCondition', name: locale === 'es' ? 'Dolor crónico' : 'Chronic pain' },
    ],
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    audience: { '@type': 'PeopleAudience', audienceType: names.audience, suggestedMinAge: 18 },
    lastReviewed: data.meta.lastReviewed,
    citation: sources.map(citation),
  };
  const clinic = data.clinic;
  if (clinic) {
    page.publisher = { '@type': 'MedicalClinic', name: clinic.name, ...(clinic.url ? { url: clinic.url } : {}) };
    if (clinic.signOff) {
      page.reviewedBy = {
        '@type': 'Person',
        name: clinic.signOff.name,
        jobTitle: clinic.signOff.credentials,
        worksFor: { '@type': 'MedicalClinic', name: clinic.name },
      };
    }
  }
  return page;
}

/**
 * JSON in a `<script>` element: `<` is escaped so no text can close the element, and the line
 * and paragraph separators so the text stays valid JavaScript for old parsers.
 */
export function jsonLdScript(value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
