import { stringTable, type StringsIn } from '../../internal/localize.js';

/** What <risk-checklist> says around the dataset's items. `{n}`, `{date}` and `{label}` are filled in. */
export const checklistStrings = stringTable(
  'checklist',
  {
    title: 'Before your visit: what applies to you?',
    intro: 'Tick anything that applies to you. You will get a short list of questions to bring to your appointment.',
    privacy: 'Your answers stay on this page. Nothing is saved or sent.',
    countNone: 'No items ticked yet.',
    countOne: '{n} thing to discuss with your care team',
    countOther: '{n} things to discuss with your care team',
    summaryTitle: 'Questions for your care team',
    tickedTitle: 'About what you ticked',
    noneTicked: 'Anything you tick above will show up here.',
    noneTickedText: 'Nothing was ticked.',
    youTicked: 'You ticked: {label}',
    generalTitle: 'Good for everyone to mention',
    madeOn: 'Made on {date}.',
    printButton: 'Print my list',
    copyButton: 'Copy my list',
    copied: 'Copied. You can paste your list into a note, email or text message.',
    copyFallback: 'Your browser did not let this page copy. Your list is in the box below: select all of it and copy it.',
    copyTextLabel: 'Your list as text',
    needsJs:
      'Tick what applies and print this page with your browser to take the list to your visit. The summary, Print and Copy need JavaScript, which is off or has not loaded.',
  },
  // Annotated: the translation's type is checked against this table, so it cannot be inferred from it.
  { es: (): Promise<StringsIn> => import('./translations/es.js').then((m) => m.es) },
);
