import type { SentenceView } from './sentence-view.js';

/**
 * "X, a Republican considering a run, accused Y", "X, never a fan of Y, criticised Z": an aside
 * set off by commas right after the subject's actor describes the subject; a negation, modal or
 * proposal inside it does not deny the verb after it. When the comma at `t` follows an actor at or
 * after `from` (the subject) and another comma closes the aside before `cueToken`, the closing
 * comma's index; else -1. Quotes and semicolons end the search: the aside must be plain.
 */
export function subjectAsideEnd(
  view: SentenceView,
  from: number,
  t: number,
  cueToken: number,
): number {
  if (view.words[t] !== ',') return -1;
  const unit = view.units[view.unitAt[t - 1] ?? -1];
  if (unit?.actor === undefined || unit.firstToken < from) return -1;
  for (let k = t + 1; k < cueToken; k++) {
    const word = view.words[k] ?? '';
    if (word === ',') return k;
    if (word === ';' || word === '"' || word === '(' || word === ')') return -1;
  }
  return -1;
}
