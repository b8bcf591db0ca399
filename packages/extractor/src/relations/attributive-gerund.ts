import { isGerund } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { DETERMINERS, POSSESSIVES } from './word-classes.js';

/**
 * "criticised the ruling African National Congress", "backed China's governing Communist Party":
 * an "-ing" word between a determiner or possessive and an actor's name (not a demonym) modifies
 * the name; it is no verb cue that would end the object before it (the verb frame reads it so too).
 */
export function attributiveGerund(view: SentenceView, t: number): boolean {
  if (!isGerund(view.words[t] ?? '')) return false;
  const before = view.words[t - 1] ?? '';
  if (!DETERMINERS.has(before) && !POSSESSIVES.has(before)) return false;
  const unit = view.units[view.unitAt[t + 1] ?? -1];
  // A demonym modifies a noun of its own ("a leading French bishop"): the cue stays a bound.
  if (unit?.actor === undefined || unit.mention.kind === 'demonym') return false;
  return unit.firstToken === t + 1;
}
