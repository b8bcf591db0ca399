import { isPastForm } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { BE_AUXILIARIES, HAVE_FORMS } from './word-classes.js';

/**
 * "the Peru-backed militia attacked Chile": the actor after a hyphen cue must stand in the noun
 * phrase the cue modifies ("the Peru-backed President X", "the Peru-backed government of X").
 * A past form or an auxiliary after the phrase's first word is the clause's verb, so the actor
 * after it is that verb's object, not what the cue's author backs or leads. Only the few words
 * between the cue and the actor are read.
 */
export function hyphenLeavesPhrase(view: SentenceView, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) {
    const word = view.words[t] ?? '';
    if (BE_AUXILIARIES.has(word) || HAVE_FORMS.has(word)) return true;
    if (!/^\p{Ll}/u.test(view.tokens[t]?.text ?? '')) continue;
    if (isPastForm(word)) return true;
  }
  return false;
}
