import { phraseWords } from './phrase-words.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { CompiledCues } from './cue-lexicon.js';
import { modifiesNonActor } from './modifier-head.js';
import { BE_AUXILIARIES, DETERMINERS, isAdverb } from './word-classes.js';

/**
 * "declined to identify the people involved in the writing of Y's speech", "condemned the
 * violence directed at Y", "criticised the troops stationed in Y": a participle right after a
 * common noun of the object, then a preposition, is a reduced relative clause. What follows it
 * says where or at whom the object's own act is aimed; it is not the verb's object. Not before
 * "by", which names the object's doer ("the plan backed (on Monday) by Y"), and not after "be" ("were
 * involved in").
 */
export function reducedRelative(view: SentenceView, t: number): boolean {
  const word = view.words[t] ?? '';
  if (word.length < 5 || !word.endsWith('ed') || !AFTER_PARTICIPLE.has(view.words[t + 1] ?? ''))
    return false;
  const noun = view.words[t - 1] ?? '';
  // "the move announced on Monday by Y": the doer named after a short adjunct.
  if (view.words.slice(t + 2, t + 6).includes('by')) return false;
  return (
    /^\p{Ll}{3,}$/u.test(noun) &&
    (view.unitAt[t - 1] ?? -1) < 0 &&
    !DETERMINERS.has(noun) &&
    !BE_AUXILIARIES.has(noun) &&
    !isAdverb(noun) &&
    !noun.endsWith('ed')
  );
}

const AFTER_PARTICIPLE: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'with',
  'from',
  'over',
  'about',
  'into',
  'against',
]);

/**
 * Whether the relative pronoun at `pronoun` has its own noun between the actor `unit` before it
 * and itself: "a Ghanaian developer who" (the name only describes the noun), "X helped the
 * militants who tried to kill Y" (past X's own verb, the noun is X's object; a copula is no such
 * verb: "X is the only person who").
 */
export function nounOfRelative(
  cues: CompiledCues,
  view: SentenceView,
  unit: Unit,
  pronoun: number,
): boolean {
  if (unit.lastToken < pronoun - 1 && modifiesNonActor(cues, view, unit)) return true;
  for (let t = unit.lastToken + 1; t < pronoun; t++) {
    const word = view.words[t] ?? '';
    if (/^\p{Ll}{3,}ed$/u.test(word) || phraseWords().irregularPasts.has(word)) return true;
  }
  return false;
}
