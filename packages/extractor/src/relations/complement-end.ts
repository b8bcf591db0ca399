import { isPastForm } from './phrase-words.js';
import { FINITE } from './relative-clause.js';
import type { SentenceView } from './sentence-view.js';
import { COPULAS, DETERMINERS, PREPOSITIONS, isAdverb } from './word-classes.js';

/**
 * "X's attacks on the judiciary worried Y", "X's support for the rebels has alarmed Y": the
 * noun's complement is a common noun phrase that a finite verb follows, so the clause has moved
 * on and the actor after that verb is its object, not the one the noun is aimed at. The verb is
 * a past form, a finite auxiliary or modal, or a copula, right after a lower-case word that can
 * end a noun phrase (no determiner, preposition or adverb: "the armed", "newly elected"), and
 * not opening a reduced relative ("the plan adopted by Y", "firms linked to Y": a preposition
 * follows, and the actor there is still the noun's). True when such a verb stands between the
 * noun's end `from` (exclusive of the cue) and the found target's first token `to`.
 */
export function complementEnded(view: SentenceView, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) {
    if (!finiteAt(view.words[t] ?? '')) continue;
    const before = view.words[t - 1] ?? '';
    if ((view.unitAt[t - 1] ?? -1) >= 0 || (view.unitAt[t] ?? -1) >= 0) continue;
    if (!/^\p{Ll}{2,}$/u.test(before) || DETERMINERS.has(before) || PREPOSITIONS.has(before))
      continue;
    if (isAdverb(before) || PREPOSITIONS.has(view.words[t + 1] ?? '')) continue;
    return true;
  }
  return false;
}

function finiteAt(word: string): boolean {
  return isPastForm(word) || FINITE.has(word) || COPULAS.has(word);
}
