import { capitalisedAt, type SentenceView, type Unit } from './sentence-view.js';

/**
 * "American Crossroads, a super PAC, released ...": a demonym opening a capitalised name the
 * article has no entity for is part of that other name, not the state acting.
 */
export function opensOtherName(view: SentenceView, unit: Unit): boolean {
  if (unit.mention.kind !== 'demonym') return false;
  let t = unit.lastToken + 1;
  while (t < view.tokens.length && (view.unitAt[t] ?? -1) < 0 && capitalisedAt(view, t)) t++;
  // "French President X": the capitalised words are a title before the person's name.
  if (t === unit.lastToken + 1) return false;
  return view.units[view.unitAt[t] ?? -1]?.actor?.type !== 'Person';
}
