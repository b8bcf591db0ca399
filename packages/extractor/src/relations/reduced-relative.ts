import type { SentenceView } from './sentence-view.js';
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
