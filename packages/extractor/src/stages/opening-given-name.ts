import { speakerWords } from '../lexicon/speaker-words.js';
import { truecaseWords } from '../text/truecase.js';

/**
 * "Elmar Kessel, a member of ...": a listed given name that is no word news writes in lower case
 * ("Will", "Grant", "Hope" are) opens the name even at the start of a sentence, where an adverb
 * before a given name does not ("Earlier Thomas Reid").
 */
export function givenNameOpener(word: string): boolean {
  return speakerWords().genderOf.has(word) && !truecaseWords().lower.has(word.toLowerCase());
}
