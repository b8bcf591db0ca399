import { BE_AUXILIARIES, isAdverb } from './word-classes.js';
import type { SentenceView } from './sentence-view.js';

// "we know you are rooting for Y", "you should back Y": the one addressed is the verb's subject.
// It names no actor, so the subject search stops there instead of passing on to "we".

const AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_AUXILIARIES,
  'have',
  'had',
  'do',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'not',
  "n't",
]);

/** Token `t` is "you" and only auxiliaries or adverbs stand between it and the verb at `verb`. */
export function addressedSubject(view: SentenceView, t: number, verb: number): boolean {
  if (view.words[t] !== 'you') return false;
  for (let k = t + 1; k < verb; k++) {
    const word = view.words[k] ?? '';
    if (!AUXILIARIES.has(word) && !isAdverb(word)) return false;
  }
  return true;
}
