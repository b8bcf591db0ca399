import { SYNTAX_WORDS } from '../syntax/index.js';
import type { CompiledCues } from './cue-lexicon.js';
import { DETERMINERS, PREPOSITIONS } from './word-classes.js';

/**
 * A hypothetical word ("perhaps", "if") in words[from, to), the clause before a cue. A hedge
 * between a preposition and its object's determiner ("In perhaps the least shocking development,
 * X endorsed Y", "for possibly the last time") hedges that phrase, not the clause; a
 * subordinator there ("about whether the ...") still opens a hypothetical clause.
 */
export function hypotheticalIn(
  cues: CompiledCues,
  words: readonly string[],
  from: number,
  to: number,
): boolean {
  const hypothetical = cues.context.hypothetical;
  for (let i = Math.max(0, from); i < to; i++) {
    const length = hypothetical.matchAt(words, i);
    if (length === 0 || i + length > to) continue;
    if (!hedgesObject(words, i, length)) return true;
  }
  return false;
}

function hedgesObject(words: readonly string[], i: number, length: number): boolean {
  return (
    PREPOSITIONS.has(words[i - 1] ?? '') &&
    DETERMINERS.has(words[i + length] ?? '') &&
    !SYNTAX_WORDS.subordinators.has(words[i] ?? '')
  );
}
