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
  id: 'facts',
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
};
