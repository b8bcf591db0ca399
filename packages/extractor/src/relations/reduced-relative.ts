import { isPastForm } from './phrase-words.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { CompiledCues } from './cue-lexicon.js';
import { modifiesNonActor } from './modifier-head.js';
import { BE_AUXILIARIES, DETERMINERS, PREPOSITIONS, isAdverb } from './word-classes.js';

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
  // "the move announced on Monday by Y": the doer named after a short adjunct.
  if (view.words.slice(t + 2, t + 6).includes('by')) return false;
  return commonNounBefore(view, t);
}

/**
 * "criticised the campaign targeting Y", "praised a law protecting Y": a stance verb's -ing form
 * right after a common noun of the object heads a reduced relative clause; its object is what the
 * object acts on, not the one the outer cue backs or opposes. `verbs`: where verb cues start.
 */
export function activeRelative(
  view: SentenceView,
  t: number,
  verbs: ReadonlySet<number> | undefined,
): boolean {
  const word = view.words[t] ?? '';
  return (
    verbs?.has(t) === true &&
    ING_FORM.test(word) &&
    !PREPOSITIONS.has(view.words[t - 1] ?? '') &&
    commonNounBefore(view, t)
  );
}

/**
 * Whether the word at `t`, between a subject and the verb cue at `cue`, makes the cue nested in
 * another's object: a stance verb whose object opens with a determiner ("X rejected a report
 * criticising Y"; not "X will assist in leading Y", where the cue is its complement), or a
 * stance verb or "critical of" right before a relative on its short object ("X criticised laws
 * targeting Y", "X was critical of the campaign targeting Y").
 */
export function nestedCue(
  view: SentenceView,
  verbs: ReadonlySet<number> | undefined,
  t: number,
  cue: number,
): boolean {
  const verb = verbs?.has(t) === true;
  if (verb && DETERMINERS.has(view.words[t + 1] ?? '')) return true;
  // The object is short: a determiner or an adjective at most before its noun.
  if (cue - t > 3 || cue - t < 2) return false;
  return (verb || JUDGED_AFTER.has(view.words[t] ?? '')) && activeRelative(view, cue, verbs);
}

/** "critical of", "angry about", "unhappy with": before a noun, they make it what is judged. */
export const JUDGED_AFTER: ReadonlySet<string> = new Set(['of', 'about', 'over', 'with', 'at']);

const ING_FORM = /^\p{Ll}{2,}ing$/u;
const COMMON_NOUN = /^\p{Ll}{3,}$/u;

/** The word before `t` is a common noun: lower-case, no name, no function word, no participle. */
function commonNounBefore(view: SentenceView, t: number): boolean {
  const noun = view.words[t - 1] ?? '';
  return (
    COMMON_NOUN.test(noun) &&
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
    if (isPastForm(word)) return true;
  }
  return false;
}
