import { speakerWords } from '../lexicon/speaker-words.js';
import { truecaseWords } from '../text/truecase.js';

/**
 * "Elmar Kessel, a member of ...": a listed given name that is no word news writes in lower case
 * ("Will", "Grant", "Hope" are) opens the name even at the start of a sentence, where an adverb
 * before a given name does not ("Earlier Thomas Reid").
 */
export function givenNameOpener(word: string): boolean {
  return speakerWords().givenNames.has(word) && !truecaseWords().lower.has(word.toLowerCase());
}

/**
 * "Rand Paul said", "Grant Thomas said": of two capitalised words opening a sentence, a listed given
 * name opens the name even where news also writes it in lower case ("rand", "grant"); no adverb
 * stands in a given-name list ("Earlier Thomas").
 */
export function givenNameOfPair(word: string): boolean {
  return speakerWords().givenNames.has(word);
}
