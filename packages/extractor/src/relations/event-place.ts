import { phraseWords } from './phrase-words.js';
import type { Unit } from './sentence-view.js';
import { DETERMINERS } from './word-classes.js';

/**
 * "the Paris attacks", "the Madrid terror bombings": a capital right before a violent event (or
 * one plain word before it) names where it happened, not the state acting or acted upon. After
 * no determiner, a word that may be a verb reads as one when an object follows ("Paris attacks
 * Berlin's plan", "Moscow attacks the deal"), as it does not in "Paris attacks test X".
 */
export function isEventPlace(
  unit: Unit,
  words: readonly string[],
  unitAt: readonly number[],
): boolean {
  if (unit.mention.kind !== 'capital') return false;
  const events = phraseWords().eventNouns;
  let at = unit.lastToken + 1;
  if (!events.has(words[at] ?? '')) {
    if (!/^\p{Ll}+$/u.test(words[at] ?? '')) return false;
    at++;
    if (!events.has(words[at] ?? '')) return false;
  }
  const before = words[unit.firstToken - 1] ?? '';
  if (DETERMINERS.has(before) || before === "'s") return true;
  const after = words[at + 1] ?? '';
  return (unitAt[at + 1] ?? -1) < 0 && !DETERMINERS.has(after);
}
