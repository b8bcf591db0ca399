import { peopleNouns } from './people-nouns.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { POSSESSIVES, PREPOSITIONS, isNumber } from './word-classes.js';

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

/**
 * "arrested a Rwandan on charges of ...", "Swiss arrest Rwandan.": a singular demonym used as a
 * noun ("Rwandan", "Iraqi", "Briton"; not the collective "British" or "French") with no head
 * noun after it, or with a possessive ("the Peruvian's request"), names one person of that
 * nationality, not the state. After "the" and with no possessive it may still be read as the
 * state ("accused the American of ..."): the stance set marks that span as the one opposed, so
 * it is left as it was.
 */
export function isNationalNoun(view: SentenceView, unit: Unit): boolean {
  if (unit.mention.kind !== 'demonym' || unit.firstToken !== unit.lastToken) return false;
  if (!SINGULAR_NOUN.test(unit.mention.text)) return false;
  const next = view.words[unit.lastToken + 1];
  // "rejected the Peruvian's request": a singular demonym owns as one person (or a firm).
  if (view.tokens[unit.lastToken]?.poss === true && POSSESSIVES.has(next ?? '')) return true;
  if (view.words[unit.firstToken - 1] === 'the') return false;
  return next === undefined || NOUN_ENDS.has(next) || PREPOSITIONS.has(next);
}

const SINGULAR_NOUN = /^\p{Lu}[\p{L}]*(?:an|i|on)$/u;
const NOUN_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);

/**
 * "charged three Syrians", "arrested 12 Afghans": a plural demonym used as a noun after a small
 * count (people-nouns.json `countWords`, or digits up to 12) names that many people, not the state.
 */
export function countedPeople(view: SentenceView, unit: Unit): boolean {
  const { text, kind } = unit.mention;
  if (kind !== 'demonym' || unit.firstToken !== unit.lastToken || !PLURAL.test(text)) return false;
  const before = view.words[unit.firstToken - 1] ?? '';
  if (isNumber(before)) return Number(before) <= MAX_COUNTED;
  return peopleNouns().countWords.has(before);
}

/** "arrested 12 Afghans": a handful of people; "killed 300 Israelis" may stand for the nation. */
const MAX_COUNTED = 12;

/** "Two Syrians attacked Y": the unit ending right before `at` is a counted demonym noun. */
export function countedBefore(view: SentenceView, at: number): boolean {
  const unit = view.units[view.unitAt[at - 1] ?? -1];
  return unit !== undefined && unit.lastToken === at - 1 && countedPeople(view, unit);
}

/** "Syrians", "Britons", "Israelis": not "Swiss". */
const PLURAL = /\p{Ll}[^s]s$/u;
