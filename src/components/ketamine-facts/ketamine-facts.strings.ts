import { stringTable, type StringsIn } from '../../internal/localize.js';

/** The UI strings of <ketamine-facts>; the content itself comes from the dataset. */
export const factsStrings = stringTable(
  'facts',
  {
    found: 'What the study found',
    correction: 'Correction',
    sourceList: 'Sources',
    sourceListIntro: 'Every source this page uses, in full.',
    openAll: 'Open all topics',
    closeAll: 'Close all topics',
    topicsOne: '{n} topic',
    topicsOther: '{n} topics',
  },
  // Annotated: the translation's type is checked against this table, so it cannot be inferred from it.
  { es: (): Promise<StringsIn> => import('./translations/es.js').then((m) => m.es) },
);
