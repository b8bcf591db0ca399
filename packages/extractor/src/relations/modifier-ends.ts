import type { Side } from './subject.js';
import type { SentenceView } from './sentence-view.js';
import { POSSESSIVES } from './word-classes.js';

// Ends of a token frame that only modify the noun phrase they stand in: the state or body named
// there neither acts nor is acted on.

/**
 * True when the end `side` (found for a cue of a frame other than `hyphen`) describes the noun
 * after it rather than standing for an actor:
 * - "the United States' No 1 on-line service", "Japan's second-largest carmaker": a possessor
 *   before a ranking by size or order names the ranked thing's place, not an actor;
 * - "the former Yugoslav republic", "a former Soviet republic", "former British officials": a
 *   name after "former" and before a noun says what the noun once belonged to.
 */
export function isModifierEnd(view: SentenceView, side: Side): boolean {
  const next = side.lastToken + 1;
  if (POSSESSIVES.has(view.words[next] ?? '') && isRanking(view, next + 1)) return true;
  if (view.words[side.firstToken - 1] === 'former' && LOWER_WORD.test(view.words[next] ?? '')) {
    const unit = view.units[view.unitAt[side.lastToken] ?? -1];
    if (
      unit !== undefined &&
      unit.firstToken === side.firstToken &&
      side.firstToken === side.lastToken
    )
      return true;
  }
  return false;
}

function isRanking(view: SentenceView, t: number): boolean {
  let at = t;
  if (view.words[at] === 'the') at++;
  const word = view.words[at] ?? '';
  if (SIZE_RANKING.test(word)) return true;
  // "No 1", "No. 2", "number one": a place in a ranking.
  if (word === 'no' || word === 'no.' || word === 'number') {
    const place = view.words[at + 1] ?? '';
    return /^\d+$/u.test(place) || place === 'one' || place === '.';
  }
  return false;
}

/** "largest", "second-biggest", "third largest" is two words; its second is read here. */
const SIZE_RANKING =
  /^(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)-)?(?:largest|biggest|smallest|oldest|richest|busiest)$/u;

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
