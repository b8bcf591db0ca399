import type { SentenceView } from './sentence-view.js';

/**
 * "Saudi-led warplanes pound Yemen", "the U.S.-led coalition against Islamic State": a common noun
 * right after "X-led" is what X leads, so an actor past it is not ("the Kurdish-led Syrian
 * Democratic Forces" has none between).
 */
export function ledNounBetween(view: SentenceView, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (/^\p{Ll}/u.test(view.tokens[t]?.text ?? '')) return true;
  return false;
}
