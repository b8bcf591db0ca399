import { phraseWords } from './phrase-words.js';
import type { SentenceView, Unit } from './sentence-view.js';

/** The gap before a conjunct up to one capitalised modifier of it: "and House ". */
const TRAILING_MODIFIER = /^(.{1,12}?)\p{Lu}\p{Ll}+\s+$/u;

/**
 * "praised X and House Republican leaders", "X and Senate Democratic lawmakers criticised Y": a
 * conjunct whose head is the governing people of the actor it names ("leaders", "lawmakers") may
 * open with one capitalised modifier that names no actor. `connects` tests the gap left.
 */
export function modifiedConjunct(
  view: SentenceView,
  right: Unit,
  gap: string,
  connects: (gap: string) => boolean,
): boolean {
  if (!phraseWords().governingNouns.has(view.words[right.lastToken + 1] ?? '')) return false;
  const match = TRAILING_MODIFIER.exec(gap);
  return match?.[1] !== undefined && connects(match[1]);
}
