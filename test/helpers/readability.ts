/**
 * Readability scores for the bundled content: Flesch–Kincaid grade (English) and
 * Fernández-Huerta ease (Spanish). Pure functions, no DOM, so they run in the browser tests
 * and under tsx alike.
 *
 * Syllables are counted by rule, not by dictionary: vowel groups, corrected for the English
 * (or Spanish) patterns that make a plain vowel-group count wrong. The rules aim at the
 * vocabulary of health writing; they are checked against known words in readability.test.ts.
 */

// ---------------------------------------------------------------------------------------------
// Text splitting

/** Sentences end at . ! ? followed by a space or the end, and at every line break. */
export function splitSentences(text: string): string[] {
  return text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/**
 * Word tokens. Dashes between words or numbers ("0–10", "pain—slowly") and slashes ("mg/kg")
 * separate words; a hyphen inside a word ("long-term") keeps it one word.
 */
export function words(text: string): string[] {
  return text
    .replace(/[’']/g, '')
    .split(/[\s/–—]+|(?<=\d)-(?=\d)/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

// ---------------------------------------------------------------------------------------------
// English syllables

/** Words the rules get wrong that health writing uses often. */
const EN_EXCEPTIONS: Record<string, number> = {
  any: 2,
  ago: 2,
  via: 2,
  people: 2,
  area: 3,
  areas: 3,
  idea: 3,
  ideas: 3,
  every: 2,
  everyone: 3,
  everything: 3,
  business: 2,
  someone: 2,
  something: 2,
  sometimes: 2,
  somewhere: 2,
  anyone: 3,
  before: 2,
  friend: 1,
  friends: 1,
  science: 2,
  being: 2,
  create: 2,
  creates: 2,
  real: 1,
  really: 2,
  region: 2,
  regional: 3,
  medicine: 3,
  medicines: 3,
  ketamine: 3,
  grapefruit: 2,
  guideline: 2,
  guidelines: 2,
  glutamate: 3,
  fibromyalgia: 5,
  psychiatric: 4,
  naive: 2,
  recipe: 3,
  whereas: 2,
  therefore: 2,
  one: 1,
  ones: 1,
  once: 1,
  office: 2,
  offices: 3,
  minute: 2,
  minutes: 2,
  doesnt: 2,
  isnt: 2,
  wasnt: 2,
  couldnt: 2,
  wouldnt: 2,
  shouldnt: 2,
  didnt: 2,
  arent: 1,
  dont: 1,
  cant: 1,
  wont: 1,
};

/** Acronyms said as a word rather than letter by letter. */
const EN_ACRONYM_WORDS: Record<string, number> = { gaba: 2, nsaid: 2, nsaids: 2, asa: 3, aids: 1 };

/** Unit abbreviations, counted as they are read aloud. */
const EN_UNITS: Record<string, number> = { mg: 3, kg: 3, ml: 3, mcg: 4, h: 1, hr: 1, hrs: 1, min: 2 };

const ONES = [0, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // zero counted apart
const TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // ten … nineteen
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // twenty … ninety

/** Syllables of a whole number as it is read aloud ("1970": nineteen seventy). */
function integerSyllables(digits: string): number {
  const n = Number(digits.replace(/^0+(?=\d)/, ''));
  if (!Number.isFinite(n)) return digits.length;
  if (n === 0) return 2; // zero
  const belowHundred = (k: number): number => {
    if (k === 0) return 0;
    if (k < 10) return ONES[k]!;
    if (k < 20) return TEENS[k - 10]!;
    return TENS[Math.floor(k / 10)]! + (k % 10 ? ONES[k % 10]! : 0);
  };
  const belowThousand = (k: number): number => (k >= 100 ? ONES[Math.floor(k / 100)]! + 2 : 0) + belowHundred(k % 100); // "hundred" = 2
  // Years and similar four-digit numbers are read in pairs: nineteen seventy, twenty twenty-two.
  if (n >= 1100 && n <= 2099 && n % 100 !== 0 && digits.length === 4) {
    return belowHundred(Math.floor(n / 100)) + (n % 100 < 10 ? 1 + ONES[n % 100]! : belowHundred(n % 100));
  }
  if (n < 1000) return belowThousand(n);
  if (n < 1_000_000) return belowThousand(Math.floor(n / 1000)) + 2 + belowThousand(n % 1000); // thousand
  return digits.length; // large numbers are rare in this content: about a syllable a digit
}

/** Syllables of a number token: "6.8" six point eight, "16%" sixteen percent, "3.6×". */
function numberSyllables(token: string): number {
  let count = 0;
  let rest = token;
  if (rest.endsWith('%')) {
    count += 2; // percent
    rest = rest.slice(0, -1);
  }
  const [whole = '', fraction = ''] = rest.replace(/,/g, '').split('.');
  count += whole ? integerSyllables(whole) : 0;
  if (fraction) count += 1 + [...fraction].reduce((sum, d) => sum + (d === '0' ? 2 : ONES[Number(d)]!), 0); // point …
  return Math.max(count, 1);
}

/** Syllables of one lowercase English word made of letters only. */
function englishWordSyllables(word: string): number {
  if (word.length === 0) return 0;
  const known = EN_EXCEPTIONS[word];
  if (known !== undefined) return known;
  if (word.length <= 3) return 1;

  let w = word;
  let count = 0;
  // Endings that are silent or that change the count of the vowel before them.
  if (/[^aeiouy]ed$/.test(w) && !/(?:[td]|[^aeiouy]r)ed$/.test(w)) {
    w = w.slice(0, -2); // jumped → jump (but created, needed, hundred keep the -ed syllable)
    if (/[^aeiouylr]l$/.test(w)) count += 1; // doubled → doubl: the -le syllable stays
  } else if (/[^aeiouy]es$/.test(w) && !/(?:[sxzcg]|[cs]h)es$/.test(w)) w = w.slice(0, -1); // makes → make
  // Silent final e (make, code), except the -le of table and simple, which is a syllable.
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/^y/, 'j'); // leading y is a consonant: year, you
  w = w.replace(/([aeiou])y([aeiou])/g, '$1j$2'); // y between vowels too: layer, buying

  count += (w.match(/[aeiouy]+/g) ?? []).length;

  // Silent e before a suffix: safely, treatment-like -ment, awareness, careful, useless.
  count -= (w.match(/[^aeiouy]e(?:ly|ment|ments|ness|ful|less)$/g) ?? []).length;
  // Vowel pairs that are two syllables: tri-al, ra-di-o, so-di-um, qui-et, vid-e-o, us-u-al.
  const hiatus = [
    /[^ct]ia/g, // trial, media (not special, initial)
    /[^tscxgln]io/g, // radio, period, various (not nation, session, region, million, union)
    /iu/g, // sodium, potassium
    /[^ct]ie[rnt]/g, // quiet, client, anxiety (not patient, efficient)
    /eo/g, // video, neon
    /[^gq]ua/g, // usual, gradual (not quality, language)
    /uo/g, // fluoride-like
    /creat/g, // create, creating
    /react/g, // react, reaction
    /[aeiouy]ing$/g, // being, going, seeing
    /ism$/g, // mechanism
    /[^aeiouy]ea$/g, // apnea, nausea
  ];
  for (const pattern of hiatus) count += (w.match(pattern) ?? []).length;
  return Math.max(count, 1);
}

/**
 * Syllables of one token as it is read aloud: letters by the rules above, numbers spelled out,
 * capitalised acronyms letter by letter (NMDA: en-em-dee-ay), hyphenated words part by part.
 */
export function englishSyllables(token: string): number {
  const t = token.replace(/[’']/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '');
  if (!t) return 0;
  if (t.includes('-')) return t.split('-').reduce((sum, part) => sum + englishSyllables(part), 0);
  if (/^\d[\d.,]*%?$/.test(t)) return numberSyllables(t);
  if (/\d/.test(t)) {
    // Mixed tokens such as CYP3A4 or 3.6×: read each letter run and each number.
    return (t.match(/\d[\d.,]*|\p{L}+/gu) ?? []).reduce((sum, part) => sum + englishSyllables(part), 0);
  }
  const lower = t.toLowerCase();
  if (EN_UNITS[lower] !== undefined && t === lower) return EN_UNITS[lower]!;
  if (EN_ACRONYM_WORDS[lower] !== undefined && /^\p{Lu}{2,}s?$/u.test(t)) return EN_ACRONYM_WORDS[lower]!;
  if (/^\p{Lu}{2,}s?$/u.test(t)) {
    const letters = t.replace(/s$/, '');
    return [...letters].reduce((sum, ch) => sum + (ch === 'W' ? 3 : 1), 0);
  }
  return englishWordSyllables(lower.normalize('NFD').replace(/[^a-z]/g, ''));
}

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
}

export function englishStats(text: string): TextStats {
  const sentences = splitSentences(text);
  const tokens = sentences.flatMap(words);
  return {
    sentences: sentences.length,
    words: tokens.length,
    syllables: tokens.reduce((sum, w) => sum + englishSyllables(w), 0),
  };
}

/** Flesch–Kincaid grade level: 0.39·words/sentences + 11.8·syllables/words − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const s = englishStats(text);
  if (s.words === 0 || s.sentences === 0) return 0;
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

// ---------------------------------------------------------------------------------------------
// Spanish syllables

const ES_STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const ES_ACCENTED_WEAK = new Set(['í', 'ú']);
const ES_VOWELS = /[aeiouáéíóúü]+/g;

/** Spanish letter names, for acronyms read letter by letter: efe (2), de (1), a (1). */
const ES_LETTER_SYLLABLES: Record<string, number> = {
  f: 2,
  h: 2,
  j: 2,
  l: 2,
  m: 2,
  n: 2,
  ñ: 2,
  r: 2,
  s: 2,
  w: 3,
  x: 2,
  z: 2,
};

/** Acronyms said as a word rather than letter by letter. */
const ES_ACRONYM_WORDS: Record<string, number> = { gaba: 2, aine: 2, aines: 2, sida: 2 };

/** Capitalised acronyms (NMDA: e-ne-e-me-de-a), and the letters of codes such as CYP3A4. */
function spanishAcronymSyllables(letters: string): number {
  const lower = letters.toLowerCase();
  if (ES_ACRONYM_WORDS[lower] !== undefined) return ES_ACRONYM_WORDS[lower]!;
  return [...lower].reduce((sum, ch) => sum + (ES_LETTER_SYLLABLES[ch] ?? 1), 0);
}

/**
 * Syllables of one Spanish word: one per vowel group, plus one per hiatus inside a group. Two
 * strong vowels (a, e, o) split (po-e-ta), and so do two equal weak ones (an-ti-in-fla-ma-to-rio);
 * a weak vowel (i, u) joins its neighbours in a diphthong or triphthong (ciu-dad, buey) unless it
 * carries an accent (pa-ís, dí-a). The u of que/qui/gue/gui is silent; y is a vowel only alone or
 * at the end of a word after a vowel. Acronyms are read letter by letter (FDA: e-fe-de-a), except
 * those said as a word (GABA); digits are left out, as in the reading-ease score.
 */
export function spanishSyllables(token: string): number {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (/^\p{Lu}{2,}s?$/u.test(letters)) return spanishAcronymSyllables(letters.replace(/(?<=\p{Lu})s$/u, ''));
  if (/\d/.test(token) && /\p{Lu}/u.test(token) && !/\p{Ll}/u.test(token)) return spanishAcronymSyllables(letters);
  let w = token.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  if (w === 'y') return 1;
  w = w.replace(/qu(?=[eiéí])/g, 'q').replace(/gu(?=[eiéí])/g, 'g');
  w = w.replace(/(?<=[aeiouáéíóú])y$/, 'i');
  let count = 0;
  for (const group of w.match(ES_VOWELS) ?? []) {
    count += 1;
    for (let i = 1; i < group.length; i++) {
      const a = group[i - 1]!;
      const b = group[i]!;
      if ((ES_STRONG.has(a) && ES_STRONG.has(b)) || ES_ACCENTED_WEAK.has(a) || ES_ACCENTED_WEAK.has(b) || a === b) count += 1;
    }
  }
  return Math.max(count, 1);
}

/**
 * Fernández-Huerta reading ease: 206.84 − 0.60·P − 1.02·F, with P syllables and F sentences per
 * 100 words. Higher is easier: 70–80 is fairly easy, 60–70 standard. Tokens that are numbers
 * are left out, since their spoken length varies with how they are read.
 */
export function fernandezHuerta(text: string): number {
  const sentences = splitSentences(text);
  const tokens = sentences.flatMap(words).filter((w) => /\p{L}/u.test(w));
  if (tokens.length === 0) return 0;
  const syllables = tokens.reduce((sum, w) => sum + spanishSyllables(w), 0);
  const p = (100 * syllables) / tokens.length;
  // Fernández Huerta adapted Flesch (206.835 − 84.6·syllables/word − 1.015·words/sentence); the
  // sentence term is the mean sentence length, so longer sentences score harder, as in Flesch.
  // (The often-quoted "sentences per 100 words" reading would reward choppy text instead.)
  const f = tokens.length / sentences.length;
  return 206.84 - 0.6 * p - 1.02 * f;
}

// ---------------------------------------------------------------------------------------------
// Reader-facing text of a dataset

/** The parts of a dataset that hold reader-facing text; loose enough to accept a JSON import. */
interface ReaderClaim {
  text: string;
}
interface ReaderBlock {
  kind: string;
  text?: string;
  lead?: string;
  title?: string;
  correction?: string;
  items?: readonly ReaderClaim[];
}
export interface ReaderSection {
  id: string;
  title: string;
  blocks: readonly ReaderBlock[];
}
export interface ReaderDataset {
  meta?: { disclaimer?: string };
  sections?: readonly ReaderSection[];
  dose?: { route?: string; notes?: readonly ReaderClaim[] };
  checklist?: {
    groups?: readonly { title?: string; items: readonly { label: string; why: string; question: string }[] }[];
    generalQuestions?: readonly ReaderClaim[];
  };
}

/** Every string a reader sees in one section, in reading order. */
export function sectionStrings(section: ReaderSection): string[] {
  const out = [section.title];
  for (const block of section.blocks) {
    if (block.kind === 'list') {
      if (block.lead) out.push(block.lead);
      out.push(...(block.items ?? []).map((item) => item.text));
    } else {
      if (block.title) out.push(block.title);
      if (block.text) out.push(block.text);
      if (block.correction) out.push(block.correction);
    }
  }
  return out;
}

/**
 * Every string a reader sees in a dataset: section titles and texts, list items, findings and
 * corrections, dose notes, checklist labels, reasons and questions, general questions and the
 * disclaimer. Source citations are left out: they are names and titles, not prose.
 */
export function readerStrings(dataset: ReaderDataset): string[] {
  const out: string[] = [];
  for (const section of dataset.sections ?? []) out.push(...sectionStrings(section));
  if (dataset.dose?.route) out.push(dataset.dose.route);
  out.push(...(dataset.dose?.notes ?? []).map((n) => n.text));
  for (const group of dataset.checklist?.groups ?? []) {
    if (group.title) out.push(group.title);
    for (const item of group.items) out.push(item.label, item.why, item.question);
  }
  out.push(...(dataset.checklist?.generalQuestions ?? []).map((q) => q.text));
  if (dataset.meta?.disclaimer) out.push(dataset.meta.disclaimer);
  return out;
}

/** Strings joined so that each one ends a sentence, ready for a readability score. */
export function asProse(strings: readonly string[]): string {
  return strings.join('\n');
}
