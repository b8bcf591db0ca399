import { frameWords } from './frame-words.js';

// Closed-class English words the clause heuristics rely on. They are grammar, not cues, so they
// live in code; everything a user may want to extend is in cues.json or frame-words.json.

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
]);

export const PREPOSITIONS = new Set([
  'of',
  'from',
  'to',
  'with',
  'by',
  'for',
  'in',
  'on',
  'at',
  'against',
  'over',
  'about',
  'into',
  'onto',
  'toward',
  'towards',
  'between',
  'among',
  'under',
  'via',
  'through',
  'upon',
  'despite',
  'than',
  'after',
  'before',
  'without',
  'within',
  'across',
  'behind',
  'beyond',
  'around',
]);

/** Words after which a noun phrase may start a clause as its subject. */
export const SUBJECT_OPENERS = new Set([
  'and',
  'or',
  'but',
  'nor',
  'while',
  'whereas',
  'although',
  'though',
  'as',
  'because',
  'since',
  'when',
  'once',
  'after',
  'before',
  'until',
  'that',
  'which',
  'who',
  'meanwhile',
  'also',
  'earlier',
  'later',
  'then',
  'now',
  'today',
  'yesterday',
  'however',
  'including',
  'like',
  'namely',
  'especially',
  'notably',
  'both',
  'so',
  'yet',
  'where',
  'even',
  'only',
  'particularly',
  'still',
  'thus',
  'instead',
  'separately',
  'first',
  'finally',
]);

export const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Personal pronouns in the object case ("accused him", "raped her"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** The possessive tokens: "Y's", "the allies'". */
export const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "'"]);

/** Forms of "be" that are auxiliaries and that a subject may stand apart from its verb by. */
const BE_FORMS = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

export const BE_AUXILIARIES = new Set([...BE_FORMS, 'get', 'gets', 'got']);

/** Forms of "have" that make a perfect ("has criticised", "had been"). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * What may stand between a short subject and its finite verb: a perfect or progressive
 * auxiliary, or "also" ("X has also called for", "its troops had attacked").
 */
export const TENSE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...HAVE_FORMS,
  'is',
  'are',
  'was',
  'were',
  'been',
  'also',
]);

export const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'remains',
  'remain',
  'remained',
  'became',
  'become',
  'becomes',
  "'s",
]);

/** Words a subject may be separated from its verb by without losing it. */
export const SKIPPABLE = new Set([
  'has',
  'have',
  'had',
  ...BE_FORMS,
  'will',
  "'ll",
  'did',
  'does',
  'do',
  'also',
  'already',
  'now',
  'still',
  'again',
  'long',
  'then',
  'recently',
  'previously',
  'once',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'last',
  'this',
  'next',
  'past',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'on',
  'in',
  'at',
  'the',
  'early',
  'late',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'too',
  'both',
  'all',
  'each',
  'themselves',
  'itself',
  'in turn',
  "'s",
  'however',
  'meanwhile',
  'even',
  'first',
  'formally',
  'officially',
  'effectively',
  'swiftly',
  'quickly',
  'later',
]);

export const PUNCTUATION = /^[,;:()\-–—"“”‘’'[\]]$/;
const PUNCTUATION_MARKS = ',;:()-–—"“”‘’\'[]';

/** `PUNCTUATION.test(word)` for a token's word, without running the regular expression. */
export function isPunctuation(word: string): boolean {
  return word.length === 1 && PUNCTUATION_MARKS.includes(word);
}

/** Words that end a search for the object of a verb: a new clause starts. */
export const OBJECT_BOUNDARIES = new Set([
  ';',
  ':',
  '.',
  '?',
  '!',
  'which',
  'who',
  'whom',
  'whose',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'unless',
  'if',
  'when',
  'as',
  'after',
  'since',
]);

/**
 * Conjunctions of time that are also prepositions ("before the court"): they end an object only
 * once the object has begun ("criticism of the plan before Y voted"), unlike OBJECT_BOUNDARIES.
 */
export const TIME_CONJUNCTIONS = new Set(['before', 'until', 'till']);

const LY_NON_ADVERBS = frameWords().lyNonAdverbs;

export function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NON_ADVERBS.has(word);
}

export function isNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
