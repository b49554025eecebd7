import type { StringTable } from './localize.js';

/** Strings every element shows: sources, review date, disclaimer, clinic and data errors. */
export const commonStrings: StringTable<
  | 'source'
  | 'sources'
  | 'notVerified'
  | 'lastReviewed'
  | 'disclaimerLabel'
  | 'doiLink'
  | 'clinicLabel'
  | 'opensInNewTab'
  | 'loading'
> = {
  id: 'common',
  en: {
    source: 'Source',
    sources: 'Sources',
    notVerified: 'From the consumer article this page is based on. Not checked against a study.',
    lastReviewed: 'Last reviewed {date}.',
    disclaimerLabel: 'Please note',
    doiLink: 'Read the study (DOI {doi})',
    clinicLabel: 'Your clinic',
    opensInNewTab: '(opens in a new tab)',
    loading: 'Loading…',
  },
};
