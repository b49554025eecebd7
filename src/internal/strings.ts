import type { StringTable } from './localize.js';

/** Strings every element shows: sources, review date, disclaimer, clinic and data errors. */
export const commonStrings: StringTable<
  | 'source'
  | 'sources'
  | 'notVerified'
  | 'lastReviewed'
  | 'nextReview'
  | 'signOff'
  | 'disclaimerLabel'
  | 'doiLink'
  | 'pmidLink'
  | 'dailyMedLink'
  | 'siteLink'
  | 'checkedOn'
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
};
