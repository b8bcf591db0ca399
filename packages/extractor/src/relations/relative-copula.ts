import { opensPerfectCopula } from './perfect-copula.js';
import type { SentenceView } from './sentence-view.js';
import { COPULAS } from './word-classes.js';

/**
 * "X, which is a member of Y", "X, who has long been a critic of Y", "X, who serves as head of
 * Y": a relative clause that makes its antecedent the agent noun links them by a copula (or
 * "as"). "X, which includes all members of Y" names others, not X.
 */
export function relativeLinksAgent(view: SentenceView, from: number, cue: number): boolean {
  const { words } = view;
  for (let t = from; t < cue; t++) {
    const word = words[t] ?? '';
    if (COPULAS.has(word) || word === 'as' || opensPerfectCopula(words, t, cue)) return true;
  }
  return false;
}
