import type { SentenceView, Unit } from './sentence-view.js';

/**
 * "a lifelong Republican who", "another German who": a demonym or party word used as a noun for
 * one person, right before "who", names that person, not the state or party; so do a demonym's
 * people ("Americans who donated"). A party's plural ("the Democrats who") may still stand for it.
 */
export function isPersonNoun(view: SentenceView, unit: Unit): boolean {
  if (view.words[unit.lastToken + 1] !== 'who' || unit.firstToken !== unit.lastToken) return false;
  const { kind, text } = unit.mention;
  return kind === 'demonym' || (kind === 'alias' && !/s$/u.test(text));
}
