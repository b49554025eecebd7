import type { Translation } from '../../../internal/localize.js';
import type { checklistStrings } from '../risk-checklist.strings.js';

/** Spanish for the `checklist` strings. Loaded with the Spanish content, only by pages that show Spanish. */
export const es: Translation<typeof checklistStrings> = {
  title: 'Antes de su visita: ¿qué le aplica a usted?',
  intro: 'Marque todo lo que le aplique. Obtendrá una lista corta de preguntas para llevar a su cita.',
  privacy: 'Sus respuestas se quedan en esta página. No se guarda ni se envía nada.',
  countNone: 'Todavía no ha marcado nada.',
  countOne: '{n} tema para hablar con su equipo médico',
  countOther: '{n} temas para hablar con su equipo médico',
  summaryTitle: 'Preguntas para su equipo médico',
  tickedTitle: 'Sobre lo que marcó',
  noneTicked: 'Lo que marque arriba aparecerá aquí.',
  noneTickedText: 'No se marcó nada.',
  youTicked: 'Usted marcó: {label}',
  generalTitle: 'Conviene que todos lo mencionen',
  madeOn: 'Lista hecha el {date}.',
  printButton: 'Imprimir mi lista',
  copyButton: 'Copiar mi lista',
  copied: 'Copiada. Puede pegar su lista en una nota, un correo o un mensaje de texto.',
  copyFallback: 'Su navegador no dejó copiar desde esta página. Su lista está en el cuadro de abajo: selecciónela toda y cópiela.',
  copyTextLabel: 'Su lista en texto',
  needsJs:
    'Marque lo que corresponda e imprima esta página con su navegador para llevar la lista a su consulta. El resumen, Imprimir y Copiar necesitan JavaScript, que está desactivado o no se ha cargado.',
};
