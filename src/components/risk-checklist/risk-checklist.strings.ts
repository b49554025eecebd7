import type { StringTable } from '../../internal/localize.js';

/** What <risk-checklist> says around the dataset's items. `{n}`, `{date}` and `{label}` are filled in. */
export const strings: StringTable<
  | 'title'
  | 'intro'
  | 'privacy'
  | 'countNone'
  | 'countOne'
  | 'countOther'
  | 'summaryTitle'
  | 'tickedTitle'
  | 'noneTicked'
  | 'noneTickedText'
  | 'youTicked'
  | 'generalTitle'
  | 'madeOn'
  | 'printButton'
  | 'copyButton'
  | 'copied'
  | 'copyFallback'
  | 'copyTextLabel'
> = {
  en: {
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
  },
  es: {
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
    copyFallback:
      'Su navegador no dejó copiar desde esta página. Su lista está en el cuadro de abajo: selecciónela toda y cópiela.',
    copyTextLabel: 'Su lista en texto',
  },
};
