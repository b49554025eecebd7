import type { Translation } from '../../../internal/localize.js';
import type { factsStrings } from '../ketamine-facts.strings.js';

/** Spanish for the `facts` strings. Loaded with the Spanish content, only by pages that show Spanish. */
export const es: Translation<typeof factsStrings> = {
  found: 'Lo que encontró el estudio',
  correction: 'Corrección',
  sourceList: 'Fuentes',
  sourceListIntro: 'Todas las fuentes de esta página, con sus datos completos.',
  openAll: 'Abrir todos los temas',
  closeAll: 'Cerrar todos los temas',
  topicsOne: '{n} tema',
  topicsOther: '{n} temas',
};
