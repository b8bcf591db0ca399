import { z } from 'zod';
import { parseWordLists } from '../lexicon/word-lists.js';
import { frameWords } from './frame-words.js';
import classesJson from './word-classes.json' with { type: 'json' };

/** A lower-case word or token ("'s", "'ll"), or words separated by single spaces ("in turn"). */
const ClosedWord = z
  .string()
  .regex(
    /^[^\p{Lu}\s]+(?: [^\p{Lu}\s]+)*$/u,
    'expected lower-case words separated by single spaces',
  );
const list = z.array(ClosedWord).min(1);

const WordClassesSchema = z.object({
  description: z.string(),
  determiners: list,
  prepositions: list,
  subjectOpeners: list,
  pronounSubjects: list,
  objectPronouns: list,
  possessives: list,
  beForms: list,
  passiveGets: list,
  haveForms: list,
  tenseAuxiliaryExtras: list,
  copulas: list,
  skippableExtras: list,
  objectBoundaries: list,
  timeConjunctions: list,
});

// Closed-class English words the clause heuristics rely on (word-classes.json), validated when
// this module loads: every clause reader imports them.
const W = parseWordLists(WordClassesSchema, classesJson, 'relations/word-classes.json');

export const DETERMINERS: ReadonlySet<string> = new Set(W.determiners);

export const PREPOSITIONS: ReadonlySet<string> = new Set(W.prepositions);

/** Words after which a noun phrase may start a clause as its subject. */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(W.subjectOpeners);

export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(W.pronounSubjects);

/** Personal pronouns in the object case ("accused him", "raped her"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(W.objectPronouns);

/** The possessive tokens: "Y's", "the allies'". */
export const POSSESSIVES: ReadonlySet<string> = new Set(W.possessives);

/** Forms of "be" that are auxiliaries, and "get" forms that make a passive as they do. */
export const BE_AUXILIARIES: ReadonlySet<string> = new Set([...W.beForms, ...W.passiveGets]);

/** Forms of "have" that make a perfect ("has criticised", "had been"). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(W.haveForms);

/**
 * What may stand between a short subject and its finite verb: a perfect or progressive
 * auxiliary, or "also" ("X has also called for", "its troops had attacked").
 */
export const TENSE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...W.haveForms,
  ...W.tenseAuxiliaryExtras,
]);

export const COPULAS: ReadonlySet<string> = new Set(W.copulas);

/** Words a subject may be separated from its verb by without losing it. */
export const SKIPPABLE: ReadonlySet<string> = new Set([
  ...W.haveForms,
  ...W.beForms,
  ...W.skippableExtras,
]);

export const PUNCTUATION = /^[,;:()\-–—"“”‘’'[\]]$/;
const PUNCTUATION_MARKS = ',;:()-–—"“”‘’\'[]';

/** `PUNCTUATION.test(word)` for a token's word, without running the regular expression. */
export function isPunctuation(word: string): boolean {
  return word.length === 1 && PUNCTUATION_MARKS.includes(word);
}

/** Words that end a search for the object of a verb: a new clause starts. */
export const OBJECT_BOUNDARIES: ReadonlySet<string> = new Set(W.objectBoundaries);

/**
 * Conjunctions of time that are also prepositions ("before the court"): they end an object only
 * once the object has begun ("criticism of the plan before Y voted"), unlike OBJECT_BOUNDARIES.
 */
export const TIME_CONJUNCTIONS: ReadonlySet<string> = new Set(W.timeConjunctions);

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
