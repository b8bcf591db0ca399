import { capitalisedAt, type SentenceView, type Unit } from './sentence-view.js';

/**
 * "American Crossroads, a super PAC, released ...", "the group Americans for Prosperity": a
 * demonym opening a capitalised name the article has no entity for is part of that other name,
 * not the state acting.
 */
export function opensOtherName(view: SentenceView, unit: Unit): boolean {
  if (unit.mention.kind !== 'demonym') return false;
  let t = unit.lastToken + 1;
  // "Americans for Prosperity": a name of people for a cause, its cause no actor.
  if (view.words[t] === 'for' && capitalisedAt(view, t + 1) && (view.unitAt[t + 1] ?? -1) < 0)
    return true;
  while (t < view.tokens.length && (view.unitAt[t] ?? -1) < 0 && capitalisedAt(view, t)) t++;
  // "French President X": the capitalised words are a title before the person's name.
  if (t === unit.lastToken + 1) return false;
  return view.units[view.unitAt[t] ?? -1]?.actor?.type !== 'Person';
}

/**
 * "Koch-backed Concerned Veterans for America has ...": a state after "for" that closes a
 * capitalised name the article has no entity for (two capitalised words at least, then lower
 * case, so not a headline's "Senate Leaders Call for Iran Talks") is the end of that name.
 */
export function closesOtherName(view: SentenceView, unit: Unit): boolean {
  const at = unit.firstToken;
  if (view.words[at - 1] !== 'for' || unit.actor?.type !== 'State') return false;
  for (let t = at - 2; t >= at - 3; t--)
    if (t <= 0 || !capitalisedAt(view, t) || (view.unitAt[t] ?? -1) >= 0) return false;
  return !capitalisedAt(view, unit.lastToken + 1);
}
