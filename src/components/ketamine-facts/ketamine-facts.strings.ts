import type { StringTable } from '../../internal/localize.js';

/** The UI strings of <ketamine-facts>; the content itself comes from the dataset. */
export const factsStrings: StringTable<
  | 'found'
  | 'correction'
  | 'sourceList'
  | 'sourceListIntro'
  | 'openAll'
  | 'closeAll'
  | 'topicsOne'
  | 'topicsOther'
> = {
  en: {
    found: 'What the study found',
    correction: 'Correction',
    sourceList: 'Sources',
    sourceListIntro: 'Every source this page uses, in full.',
    openAll: 'Open all topics',
    closeAll: 'Close all topics',
    topicsOne: '{n} topic',
    topicsOther: '{n} topics',
  },
  es: {
    found: 'Lo que encontró el estudio',
    correction: 'Corrección',
    sourceList: 'Fuentes',
    sourceListIntro: 'Todas las fuentes de esta página, con sus datos completos.',
    openAll: 'Abrir todos los temas',
    closeAll: 'Cerrar todos los temas',
    topicsOne: '{n} tema',
    topicsOther: '{n} temas',
  },
};
