import type { CueHit } from './cue-matches.js';
import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';
import { DETERMINERS, isNumber } from './word-classes.js';

// "voted for the first time against Y", "has campaigned for years against Y": a cue that ends
// in "for" ("vote for", "campaign for") followed by a span of time is not that cue; the "for"
// gives a duration, and what follows it is not what the actor is for.

const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'several', 'some', 'few', 'long']);

/** The cue ends in "for" and a span of time follows it. */
export function forDuration(view: SentenceView, hit: CueHit): boolean {
  const last = hit.endToken - 1;
  if (view.words[last] !== 'for') return false;
  const words = frameWords();
  for (let t = hit.endToken; t <= hit.endToken + 2; t++) {
    if ((view.unitAt[t] ?? -1) >= 0) return false;
    const word = view.words[t] ?? '';
    if (words.durationNouns.has(word)) return true;
    const skippable =
      DETERMINERS.has(word) ||
      isNumber(word) ||
      QUANTIFIERS.has(word) ||
      words.attributiveOrdinals.has(word);
    if (!skippable) return false;
  }
  return false;
}
