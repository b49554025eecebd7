import type { Translation } from '../localize.js';
import type { commonStrings } from '../strings.js';

/** Spanish for the `common` strings. Loaded with the Spanish content, only by pages that show Spanish. */
export const es: Translation<typeof commonStrings> = {
  source: 'Fuente',
  sources: 'Fuentes',
  notVerified: 'Del artículo de divulgación en el que se basa esta página. No se comprobó con un estudio.',
  lastReviewed: 'Última revisión: {date}.',
  nextReview: 'Próxima revisión: {date}.',
  signOff: 'Revisado para {clinic} por {name}, {credentials}, el {date}.',
  disclaimerLabel: 'Importante',
  doiLink: 'Leer el estudio (DOI {doi})',
  pmidLink: 'Leer el resumen en PubMed (PMID {pmid})',
  dailyMedLink: 'Leer la etiqueta en DailyMed',
  siteLink: 'Leerlo en {site}',
  checkedOn: 'Consultado el {date}.',
  clinicLabel: 'Su clínica',
  opensInNewTab: '(se abre en una pestaña nueva)',
  loading: 'Cargando…',
};
