import { SYNTAX_WORDS } from '../syntax/index.js';
import { modalityWords } from './modality-words.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { isAdverb } from './word-classes.js';

/**
 * "X criticised A for its policy, blasted B for ...": a past-tense verb right after a comma
 * (adverbs such as "then" aside) continues a list of the subject's predicates when a stance verb already
 * stands between the subject and that comma. Not inside a relative or subordinate clause ("X,
 * which Y criticised, blasted Z", "When Y criticised A, X blasted B"), whose subject is its own.
 */
export function commaCoordinated(
  view: SentenceView,
  stanceVerbs: ReadonlySet<number> | undefined,
  span: { from: number; comma: number; cue: number },
): boolean {
  const { words } = view;
  if (words[span.comma] !== ',' || stanceVerbs === undefined) return false;
  for (let t = span.comma + 1; t < span.cue; t++) {
    const word = words[t] ?? '';
    if (!isAdverb(word) && !modalityWords().contrastAdverbs.has(word)) return false;
  }
  const cue = words[span.cue] ?? '';
  if (!/^\p{Ll}{3,}ed$/u.test(cue) && !phraseWords().irregularPasts.has(cue)) return false;
  let verb = false;
  for (let t = span.from; t < span.comma; t++) if (stanceVerbs.has(t)) verb = true;
  return verb && !opensOwnClause(words, span.comma);
}

/** A relative pronoun before `end`, or a subordinator opening the sentence or a comma's clause. */
function opensOwnClause(words: readonly string[], end: number): boolean {
  for (let t = 0; t < end; t++) {
    const word = words[t] ?? '';
    if (SYNTAX_WORDS.relativePronouns.has(word)) return true;
    if (SYNTAX_WORDS.subordinators.has(word) && (t === 0 || words[t - 1] === ',')) return true;
  }
  return false;
}
