import type { Translation } from '../../../internal/localize.js';
import type { doseStrings } from '../dose-range.strings.js';

/** Spanish for the `dose` strings. Loaded with the Spanish content, only by pages that show Spanish. */
export const es: Translation<typeof doseStrings> = {
  heading: 'Rango habitual de dosis para adultos según el peso',
  intro:
    'Para el dolor crónico, la ketamina se suele dar por {route}. El rango que se usa aquí es de {min} a {max} mg por cada kg de peso, durante {duration}.',
  label: 'Peso corporal',
  hint: 'En kilos (kg) o libras (lb), por ejemplo 70 o 70.5. Pulse Intro o salga de la casilla para ver el rango.',
  unitLegend: 'Unidad',
  kg: 'kg',
  lb: 'lb',
  weightKg: '{kg} kg',
  weightLb: '{lb} lb ({kg} kg)',
  result: 'Para {weight}, el rango habitual es de {min} a {max} mg durante {duration} ({perKgMin} a {perKgMax} mg por kg).',
  resultRounded: 'Para {weight}, el rango habitual es de unos {min} a {max} mg durante {duration} ({perKgMin} a {perKgMax} mg por kg).',
  lowStart: 'Inicio bajo: {mg} mg',
  upperEnd: 'Límite alto: {mg} mg',
  scaleMg: '{mg} mg',
  notPrescription: 'Esto no es una receta. Su equipo médico decide su dosis.',
  contextHeading: 'Para tener en cuenta',
  hourOne: '{n} hora',
  hourOther: '{n} horas',
  minuteOne: '{n} minuto',
  minuteOther: '{n} minutos',
  hoursAndMinutes: '{hours} y {minutes}',
  empty: 'Escriba un peso para ver el rango.',
  notANumber: 'Escriba el peso solo con números, por ejemplo 70 o 70.5.',
  negative: 'El peso no puede ser menor que cero. Escriba un número, como 70.',
  zero: 'El peso debe ser mayor que cero. Escriba un número, como 70.',
  tooLow:
    'Es menos de {min}. Esta página muestra totales solo para adultos de {min} a {max}. Su equipo médico calcula la dosis de cada persona.',
  tooHigh:
    'Es más de {max}. Esta página muestra totales solo para adultos de {min} a {max}. Su equipo médico calcula la dosis de cada persona.',
  tryLb: 'Si quiso decir libras, elija lb.',
  tryKg: 'Si quiso decir kilos, elija kg.',
  limits: 'Solo para adultos. Esta página muestra totales para pesos de {min} a {max} ({minLb} a {maxLb}).',
  limitsCap: 'Solo para adultos. Esta página muestra totales para pesos de {min} a {max} ({minLb} a {maxLb}), hasta {cap} mg en total.',
  needsJs:
    'La calculadora necesita JavaScript, que está desactivado o no se ha cargado en esta página. El rango de arriba es por kilo de peso; su equipo médico calcula su dosis.',
  aboveCap:
    'Para {weight}, el límite alto pasaría de {cap} mg, lo máximo que muestra esta página. Su equipo médico calcula la dosis de cada persona.',
};
