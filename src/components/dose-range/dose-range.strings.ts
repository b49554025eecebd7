import { stringTable, type StringsIn } from '../../internal/localize.js';

/**
 * The UI strings of <dose-range>; the route, notes and sources come from the dataset. Numbers in
 * `{…}` placeholders are formatted for the language before they are filled in.
 */
export const doseStrings = stringTable(
  'dose',
  {
    heading: 'Typical adult dose range by weight',
    intro:
      'For chronic pain, ketamine is often given by {route}. The range used here is {min} to {max} mg for each kg of body weight, given over {duration}.',
    label: 'Body weight',
    hint: 'In kilograms (kg) or pounds (lb), like 70 or 70.5. Press Enter or leave the box to see the range.',
    unitLegend: 'Unit',
    kg: 'kg',
    lb: 'lb',
    weightKg: '{kg} kg',
    weightLb: '{lb} lb ({kg} kg)',
    result: 'For {weight}, the typical range is {min} to {max} mg over {duration} ({perKgMin} to {perKgMax} mg per kg).',
    resultRounded: 'For {weight}, the typical range is about {min} to {max} mg over {duration} ({perKgMin} to {perKgMax} mg per kg).',
    lowStart: 'Low start: {mg} mg',
    upperEnd: 'Upper end: {mg} mg',
    scaleMg: '{mg} mg',
    notPrescription: 'This is not a prescription. Your care team decides your dose.',
    contextHeading: 'Good to know',
    hourOne: '{n} hour',
    hourOther: '{n} hours',
    minuteOne: '{n} minute',
    minuteOther: '{n} minutes',
    hoursAndMinutes: '{hours} and {minutes}',
    empty: 'Enter a weight to see the range.',
    notANumber: 'Enter the weight as a number, like 70 or 70.5.',
    negative: 'A weight can’t be less than zero. Enter a number like 70.',
    zero: 'A weight must be more than zero. Enter a number like 70.',
    tooLow:
      'That is less than {min}. This page shows totals only for adults from {min} to {max}. Your care team works out the dose for each person.',
    tooHigh:
      'That is more than {max}. This page shows totals only for adults from {min} to {max}. Your care team works out the dose for each person.',
    tryLb: 'If you meant pounds, choose lb.',
    tryKg: 'If you meant kilograms, choose kg.',
    limits: 'For adults only. This page shows totals for weights from {min} to {max} ({minLb} to {maxLb}).',
    limitsCap: 'For adults only. This page shows totals for weights from {min} to {max} ({minLb} to {maxLb}), up to {cap} mg in all.',
    needsJs:
      'The calculator needs JavaScript, which is off or has not loaded on this page. The range above is per kilogram of body weight; your care team works out your dose.',
    aboveCap:
      'For {weight}, the upper end would be more than {cap} mg, the most this page shows. Your care team works out the dose for each person.',
  },
  // Annotated: the translation's type is checked against this table, so it cannot be inferred from it.
  { es: (): Promise<StringsIn> => import('./translations/es.js').then((m) => m.es) },
);
