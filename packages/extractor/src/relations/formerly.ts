import type { SentenceView } from './sentence-view.js';

/**
 * "X, once an ally of Y,", "X, once a member of Y": "once" between a subject and its agent noun
 * says what X no longer is ("once again", "once more" do not).
 */
export function formerly(view: SentenceView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    if (view.words[t] !== 'once') continue;
    const next = view.words[t + 1];
    if (next !== 'again' && next !== 'more') return true;
  }
  return false;
}
