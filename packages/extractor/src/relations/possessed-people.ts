import { peopleNouns } from './people-nouns.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { DETERMINERS, POSSESSIVES, PREPOSITIONS } from './word-classes.js';

const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * "accused Mr. Y's critics of hypocrisy", "expressed support for Y's rebels", "praised Y's eldest
 * son": a possessor before a noun for its critics, rivals, rebels or kin (at most two plain words
 * between, people-nouns.json `possessedPeople`) is not the one the stance is on; those people
 * are, and they are no actor.
 */
export function possessesPeople(view: SentenceView, unit: Unit): boolean {
  if (view.tokens[unit.lastToken]?.poss !== true) return false;
  if (!POSSESSIVES.has(view.words[unit.lastToken + 1] ?? '')) return false;
  const heads = peopleNouns().possessedPeople;
  const first = unit.lastToken + 2;
  for (let t = first; t <= first + 2; t++) {
    const word = view.words[t] ?? '';
    if ((view.unitAt[t] ?? -1) >= 0 || !LOWER_WORD.test(word)) return false;
    // "Y's critics' letter": the people own what follows, which is the object.
    if (heads.has(word)) return !POSSESSIVES.has(view.words[t + 1] ?? '');
    if (DETERMINERS.has(word) || PREPOSITIONS.has(word)) return false;
  }
  return false;
}
