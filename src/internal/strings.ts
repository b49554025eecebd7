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
  es: {
    source: 'Fuente',
    sources: 'Fuentes',
    notVerified: 'Del artículo de divulgación en el que se basa esta página. No se comprobó con un estudio.',
    lastReviewed: 'Última revisión: {date}.',
    disclaimerLabel: 'Importante',
    doiLink: 'Leer el estudio (DOI {doi})',
    clinicLabel: 'Su clínica',
    opensInNewTab: '(se abre en una pestaña nueva)',
    loading: 'Cargando…',
  },
};
