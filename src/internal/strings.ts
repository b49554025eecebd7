import { stringTable, type StringsIn } from './localize.js';

/** Strings every element shows: sources, review date, disclaimer, clinic and data errors. */
export const commonStrings = stringTable(
  'common',
  {
    source: 'Source',
    sources: 'Sources',
    notVerified: 'From the consumer article this page is based on. Not checked against a study.',
    lastReviewed: 'Last reviewed {date}.',
    nextReview: 'Next review due {date}.',
    signOff: 'Checked for {clinic} by {name}, {credentials}, on {date}.',
    disclaimerLabel: 'Please note',
    doiLink: 'Read the study (DOI {doi})',
    pmidLink: 'Read the summary on PubMed (PMID {pmid})',
    dailyMedLink: 'Read the label on DailyMed',
    siteLink: 'Read it on {site}',
    checkedOn: 'Checked {date}.',
    clinicLabel: 'Your clinic',
    opensInNewTab: '(opens in a new tab)',
    loading: 'Loading…',
  },
  // Annotated: the translation's type is checked against this table, so it cannot be inferred from it.
  { es: (): Promise<StringsIn> => import('./translations/es.js').then((m) => m.es) },
);

/** The common strings in one language. */
export type CommonStrings = (typeof commonStrings)['en'];
