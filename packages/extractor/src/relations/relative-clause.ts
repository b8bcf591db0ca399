import { phraseWords } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { isAdverb } from './word-classes.js';

/** Finite auxiliaries and modals that open a relative clause's verb group ("that had ..."). */
const FINITE: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
]);

/**
 * "rejected polls that suggested Y ...", "praised a group that had backed Y": the word at `t`,
 * right after a relative pronoun, is the verb of a relative clause on the object (after at
 * most one -ly adverb): a past form, an irregular past or a finite auxiliary. An actor inside
 * that clause is the clause's, not the object of the verb before it. "the bill that Y proposed"
 * (the pronoun is the clause's object) is not such a clause.
 */
export function subjectRelativeVerb(view: SentenceView, t: number): boolean {
  let at = t;
  if (isAdverb(view.words[at] ?? '')) at++;
  if ((view.unitAt[at] ?? -1) >= 0) return false;
  const word = view.words[at] ?? '';
  return FINITE.has(word) || /^\p{Ll}{3,}ed$/u.test(word) || phraseWords().irregularPasts.has(word);
}
