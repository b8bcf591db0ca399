import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { DETERMINERS, PREPOSITIONS, PUNCTUATION } from './word-classes.js';

const MAX_DESCRIPTOR = 3;

/**
 * "was praised by mining tycoon Jane Doe", "was attacked by Acme owner John Smith": a passive's
 * agent may be a person behind a short descriptor (up to three words, no preposition, verb of
 * another clause or punctuation). Only a person: "by supporters of X", "by the rival Y bank"
 * are not X or Y acting.
 */
export function describedPersonAfter(view: SentenceView, from: number): Side | undefined {
  let t = from;
  if (DETERMINERS.has(view.words[t] ?? '')) t++;
  for (let words = 0; words <= MAX_DESCRIPTOR; words++, t++) {
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    if (unit !== undefined) {
      // "by Republican presidential candidate X": a party or state may open the descriptor.
      if (unit.actor?.type !== 'Person' && unit.firstToken === t) {
        t = unit.lastToken;
        continue;
      }
      if (words === 0 || unit.actor?.type !== 'Person' || unit.firstToken !== t) return undefined;
      return sideOf(view, u);
    }
    const word = view.words[t] ?? '';
    if (!/^[\p{L}-]+$/u.test(word) || PREPOSITIONS.has(word) || PUNCTUATION.test(word))
      return undefined;
    if (word === 'and' || word === 'or' || word === 'who' || word === 'which') return undefined;
  }
  return undefined;
}
