import { lexicon } from '../lexicon/lexicon.js';
import type { SentenceView } from './sentence-view.js';

/** The slot word of a cue phrase: "take a {mod} swipe at". */
export const MODIFIER_SLOT = '{mod}';

/** The most tokens one slot spans: "a thinly - veiled". */
const SLOT_REACH = 4;

/**
 * Where a "{mod}" slot opening at token `i` may end (exclusive), shortest first. The slot holds
 * what news English puts inside an idiom's noun phrase ("took a veiled swipe at", "took several
 * shots at", "took a thinly-veiled dig at"): lower-case content words, the closed-class words
 * the cue file allows there (`allowed`: "a few", "several", "his"), and a hyphen between two
 * glued words. Any other function word ends it, so "took no shots at Y" and "took a photo of
 * the shot at Y" are no idiom, and a name never sits in it.
 */
export function modifierSlotEnds(
  view: SentenceView,
  i: number,
  allowed: ReadonlySet<string>,
): number[] {
  const ends: number[] = [];
  const { stopwords } = lexicon();
  for (let t = i; t < i + SLOT_REACH && t < view.words.length; t++) {
    const word = view.words[t] ?? '';
    const token = view.tokens[t];
    if (token === undefined) break;
    if (word === '-') {
      const before = view.tokens[t - 1];
      const after = view.tokens[t + 1];
      if (t === i || before?.end !== token.start || after?.start !== token.end) break;
      continue;
    }
    if (token.cap || !/^[a-z]+$/.test(word)) break;
    if (stopwords.has(word) && !allowed.has(word)) break;
    ends.push(t + 1);
  }
  return ends;
}
