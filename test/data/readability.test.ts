import { expect } from '@open-wc/testing';
import en from '../../src/data/ketamine.en.json';
import es from '../../src/data/ketamine.es.json';
import {
  englishStats,
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  readerStrings,
  sectionStrings,
  asProse,
  spanishSyllables,
  splitSentences,
  words,
} from '../helpers/readability.js';

describe('readability helpers', () => {
  describe('englishSyllables', () => {
    const known: [string, number][] = [
      ['table', 2],
      ['ketamine', 3],
      ['the', 1],
      ['created', 3],
      ['jumped', 1],
      ['called', 1],
      ['needed', 2],
      ['doubled', 2],
      ['simple', 2],
      ['makes', 1],
      ['changes', 2],
      ['safely', 2],
      ['quiet', 2],
      ['anxiety', 4],
      ['various', 3],
      ['anxious', 2],
      ['opioid', 3],
      ['going', 2],
      ['nausea', 3],
      ['year', 1],
      ['any', 2],
      ['patient', 2],
      ['neuropathic', 4],
      ['glutamate', 3],
      ['anesthetic', 4],
      ['clarithromycin', 5],
      ['infusion', 3],
      ['Ketamine,', 3],
    ];
    for (const [word, count] of known) {
      it(`counts "${word}" as ${count}`, () => expect(englishSyllables(word)).to.equal(count));
    }

    it('reads acronyms letter by letter, except those said as a word', () => {
      expect(englishSyllables('NMDA')).to.equal(4);
      expect(englishSyllables('FDA')).to.equal(3);
      expect(englishSyllables('IV')).to.equal(2);
      expect(englishSyllables('GABA')).to.equal(2);
    });

    it('counts numbers as they are read aloud', () => {
      expect(englishSyllables('3')).to.equal(1); // three
      expect(englishSyllables('1970')).to.equal(5); // nineteen seventy
      expect(englishSyllables('2022')).to.equal(5); // twenty twenty-two
      expect(englishSyllables('211')).to.equal(6); // two hundred eleven
      expect(englishSyllables('6.8')).to.equal(3); // six point eight
      expect(englishSyllables('16%')).to.equal(4); // sixteen percent
    });

    it('adds up the parts of a hyphenated word', () => {
      expect(englishSyllables('over-the-counter')).to.equal(5);
      expect(englishSyllables('long-term')).to.equal(2);
    });
  });

  describe('splitting', () => {
    it('does not end a sentence at a decimal point', () => {
      expect(splitSentences('Pain fell from 6.8 to 5.7. Half had side effects.')).to.have.length(2);
    });

    it('treats each line as its own sentence, as list items are', () => {
      expect(splitSentences('A faster heart rate\nHigher blood pressure')).to.have.length(2);
    });

    it('splits ranges and units into words, keeps hyphenated words whole', () => {
      expect(words('0.5 to 2 mg/kg on a 0–10 scale, long-term')).to.deep.equal([
        '0.5',
        'to',
        '2',
        'mg',
        'kg',
        'on',
        'a',
        '0',
        '10',
        'scale',
        'long-term',
      ]);
    });
  });

  describe('fleschKincaidGrade', () => {
    it('matches the formula on text with unambiguous counts', () => {
      // 6 words, 6 syllables, 1 sentence: 0.39·6 + 11.8·1 − 15.59
      expect(fleschKincaidGrade('The cat sat on the mat.')).to.be.closeTo(-1.45, 0.01);
      // 8 words, 12 syllables, 2 sentences: 0.39·4 + 11.8·1.5 − 15.59
      expect(englishStats('Ketamine is a medicine. It can ease pain.')).to.deep.equal({
        sentences: 2,
        words: 8,
        syllables: 12,
      });
      expect(fleschKincaidGrade('Ketamine is a medicine. It can ease pain.')).to.be.closeTo(3.67, 0.01);
    });

    it('scores an early-reader text below grade 2', () => {
      const primer = 'Sam has a dog. The dog is big and red. Sam and the dog run to the park. They play all day.';
      expect(fleschKincaidGrade(primer)).to.be.below(2);
    });

    it('scores a plain medicine-leaflet text in the early grades', () => {
      const leaflet =
        'Take this medicine with food. It can make you feel sleepy, so do not drive after you take it. ' +
        'Call your doctor if you get a rash or your skin turns yellow. Keep it away from children.';
      expect(fleschKincaidGrade(leaflet)).to.be.within(1, 5);
    });

    it('scores news-style text in the middle grades', () => {
      // 26 words, 43 syllables, 2 sentences: grade 8.9
      const news =
        'Researchers followed patients at thirty clinics for one year. They measured pain scores every ' +
        'three months and recorded any side effects that patients reported during treatment.';
      expect(englishStats(news)).to.deep.equal({ sentences: 2, words: 26, syllables: 43 });
      expect(fleschKincaidGrade(news)).to.be.within(7, 10);
    });

    it('scores a dense academic sentence above grade 16', () => {
      const academic =
        'Pharmacokinetic interactions involving cytochrome inhibition substantially increase systemic ' +
        'exposure to orally administered anesthetic medications, necessitating individualized dosage ' +
        'modification and comprehensive physiological monitoring.';
      expect(fleschKincaidGrade(academic)).to.be.above(16);
    });

    it('returns 0 for text with no words', () => {
      expect(fleschKincaidGrade('')).to.equal(0);
      expect(fleschKincaidGrade(' — ')).to.equal(0);
    });
  });

  describe('Spanish', () => {
    const known: [string, number][] = [
      ['casa', 2],
      ['ciudad', 2], // diphthong iu
      ['cuidado', 3], // diphthong ui
      ['país', 2], // accented í breaks the diphthong
      ['día', 2],
      ['poeta', 3], // two strong vowels split
      ['leer', 2],
      ['que', 1], // silent u
      ['guerra', 2],
      ['pingüino', 3],
      ['buey', 1], // triphthong
      ['y', 1],
      ['muy', 1],
      ['hay', 1],
      ['aéreo', 4],
      ['ketamina', 4],
      ['dolor', 2],
      ['infusión', 3], // ió is a diphthong: in-fu-sión
      ['clínica', 3],
      ['paciente', 3], // cien
      ['presión', 2],
      ['arterial', 3], // rial
      ['tratamiento', 4], // mien
      ['glutamato', 4],
      ['toronja', 3],
      ['ansiedad', 3], // sie
      ['neuropático', 5], // neu
      ['hígado', 3],
      ['fibromialgia', 4], // mial, gia
      ['alucinaciones', 6], // cio
      ['claritromicina', 6],
      ['guías', 2], // silent u, then accented í breaks the diphthong: guí-as
      ['oído', 3], // o-í-do
      ['aumentar', 3], // au
      ['antiinflamatorios', 7], // two i's split: an-ti-in-…, rios
      ['Qué', 1],
    ];
    for (const [word, count] of known) {
      it(`counts "${word}" as ${count}`, () => expect(spanishSyllables(word)).to.equal(count));
    }

    it('reads acronyms letter by letter, except those said as a word', () => {
      expect(spanishSyllables('NMDA')).to.equal(6); // e-ne-e-me-de-a
      expect(spanishSyllables('FDA')).to.equal(4); // e-fe-de-a
      expect(spanishSyllables('IV')).to.equal(2); // i-ve
      expect(spanishSyllables('SDRC')).to.equal(6); // e-se-de-e-rre-ce
      expect(spanishSyllables('CYP3A4')).to.equal(4); // letters only; numbers are left out of the score
      expect(spanishSyllables('GABA')).to.equal(2);
      expect(spanishSyllables('AINE')).to.equal(2);
    });

    it('computes Fernández-Huerta ease from the formula', () => {
      // 3 words, 5 syllables, 1 sentence: 206.84 − 0.60·166.67 − 1.02·3 (words per sentence)
      expect(fernandezHuerta('El gato come.')).to.be.closeTo(103.78, 0.01);
      // The same words in one long sentence score harder than in short ones.
      expect(fernandezHuerta('El gato come pan y el perro come carne y la vaca come hierba.')).to.be.below(
        fernandezHuerta('El gato come pan. El perro come carne. La vaca come hierba.'),
      );
    });

    it('scores simple Spanish as easier than dense Spanish', () => {
      const easy = 'El dolor dura mucho. La ketamina puede ayudar. Hable con su equipo de salud.';
      const hard =
        'La administración intravenosa de ketamina en pacientes con dolor crónico refractario ' +
        'presenta una heterogeneidad considerable en los protocolos terapéuticos utilizados.';
      expect(fernandezHuerta(easy)).to.be.above(60);
      expect(fernandezHuerta(hard)).to.be.below(40);
    });
  });

  describe('readerStrings', () => {
    it('collects what a reader sees and leaves the citations out', () => {
      const strings = readerStrings(en);
      expect(strings).to.include(en.meta.disclaimer);
      expect(strings).to.include(en.dose.notes[0]!.text);
      expect(strings).to.include(en.checklist.groups[0]!.items[0]!.question);
      expect(strings).to.include(en.checklist.generalQuestions[0]!.text);
      for (const source of en.sources) {
        expect(strings, source.id).not.to.include(source.title);
        if (source.authors) expect(strings.join('\n')).not.to.contain(source.authors);
      }
    });
  });
});

describe('English dataset reading level', () => {
  it('reads at US grade 6–8 overall', () => {
    expect(fleschKincaidGrade(asProse(readerStrings(en)))).to.be.within(6, 8);
  });

  // A hard section must not hide behind easy ones.
  for (const section of en.sections) {
    it(`section "${section.id}" is at or below grade 8`, () => {
      expect(fleschKincaidGrade(asProse(sectionStrings(section)))).to.be.at.most(8);
    });
  }

  it('dose notes are at or below grade 8', () => {
    const notes = [en.dose.route, ...en.dose.notes.map((n) => n.text)];
    expect(fleschKincaidGrade(asProse(notes))).to.be.at.most(8);
  });

  it('the checklist is at or below grade 8', () => {
    const strings = en.checklist.groups.flatMap((g) => [g.title, ...g.items.flatMap((i) => [i.label, i.why, i.question])]);
    strings.push(...en.checklist.generalQuestions.map((q) => q.text));
    expect(fleschKincaidGrade(asProse(strings))).to.be.at.most(8);
  });
});

describe('Spanish dataset reading ease', () => {
  // Fernández-Huerta: 60–70 is "normal", 70–80 fairly easy. Patients read this anxious and on phones.
  it('scores at least 60 overall', () => {
    expect(fernandezHuerta(asProse(readerStrings(es)))).to.be.at.least(60);
  });

  // A hard section must not hide behind easy ones.
  for (const section of es.sections) {
    it(`section "${section.id}" scores at least 50`, () => {
      expect(fernandezHuerta(asProse(sectionStrings(section)))).to.be.at.least(50);
    });
  }

  it('dose notes score at least 50', () => {
    const notes = [es.dose.route, ...es.dose.notes.map((n) => n.text)];
    expect(fernandezHuerta(asProse(notes))).to.be.at.least(50);
  });

  it('the checklist scores at least 50', () => {
    const strings = es.checklist.groups.flatMap((g) => [g.title, ...g.items.flatMap((i) => [i.label, i.why, i.question])]);
    strings.push(...es.checklist.generalQuestions.map((q) => q.text));
    expect(fernandezHuerta(asProse(strings))).to.be.at.least(50);
  });
});
