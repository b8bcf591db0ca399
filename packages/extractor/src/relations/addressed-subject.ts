import { SYNTAX_WORDS } from '../syntax/syntax-words.js';
import { isAdverb } from './word-classes.js';
import type { SentenceView } from './sentence-view.js';

// "we know you are rooting for Y", "you should back Y": the one addressed is the verb's subject.
// It names no actor, so the subject search stops there instead of passing on to "we".

const { be, have, do: doForms, modals, negators, passiveGet } = SYNTAX_WORDS;
/** The syntax layer's auxiliaries and negators: what may stand between a subject and its verb. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...be,
  ...have,
  ...doForms,
  ...modals,
  ...negators,
  ...passiveGet,
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
