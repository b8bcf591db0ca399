import { actorKey, bundledActors } from '../actors/actor-index.js';
import { truecaseWords } from '../text/truecase.js';

/** One capitalised word of four letters or more, or a "Mc"/"Mac" name ("McConnell"). */
const SURNAME_SHAPE = /^(?:\p{Lu}\p{Ll}{3,}|Ma?c\p{Lu}\p{Ll}{2,})$/u;

/**
 * "Boehner", "Rousseff", "Draghi": the surname of a person the bundled actor table (PETRARCH2)
 * names in full, as evidence that the lone word names someone where the list of people's names
 * (cspell's, lexicon/people-names.ts) lacks it. Not a word news writes in lower case ("Bush",
 * "Stone", "Long" are surnames there too): the slot rules must judge those from the sentence alone.
 */
export function actorSurname(word: string): boolean {
  if (!SURNAME_SHAPE.test(word)) return false;
  if (truecaseWords().lower.has(word.toLowerCase())) return false;
  return bundledActors().bySurname.has(actorKey(word));
}
