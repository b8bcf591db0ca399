import type { SentenceView } from './sentence-view.js';
import { COPULAS, isAdverb } from './word-classes.js';

/** How many lower-case words the noun phrase before "that" may hold ("a conservative group"). */
const MAX_NOUN_WORDS = 4;
/** What opens that noun phrase. */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another']);

/**
 * "X, a group that opposes Y", "X is a think tank that has long criticised Y": the "that" at `t`
 * opens a relative clause on a common noun which renames the actor before it, after a comma (an
 * apposition) or a present or past copula. Only then is "that" a relative pronoun standing for
 * the actor; after a verb ("X said that", "X thinks that") or on an object ("X hired a lawyer
 * that ...") it is not.
 */
export function relativeThatOnApposition(view: SentenceView, t: number): boolean {
  if (view.words[t] !== 'that') return false;
  let d = t - 1;
  while (d >= t - MAX_NOUN_WORDS && nounWord(view, d)) d--;
  if (d === t - 1 || !NOUN_OPENERS.has(view.words[d] ?? '')) return false;
  const link = view.words[d - 1] ?? '';
  if (link !== ',' && (link === "'s" || !COPULAS.has(link))) return false;
  return view.units[view.unitAt[d - 2] ?? -1]?.actor !== undefined;
}

/** A lower-case word of a noun phrase: no name, adverb, participle or "that" itself. */
function nounWord(view: SentenceView, t: number): boolean {
  const word = view.words[t] ?? '';
  if ((view.unitAt[t] ?? -1) >= 0 || !/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  return !isAdverb(word) && !/ed$/.test(word) && !NOUN_OPENERS.has(word) && !COPULAS.has(word);
}

/** "the group, which X founded, criticised Y": X is the subject of the closed relative clause. */
export function insideClosedRelative(view: SentenceView, first: number, cueToken: number): boolean {
  const opener = view.words[first - 1] ?? '';
  if (!['which', 'whom', 'that'].includes(opener) || view.words[first - 2] !== ',') return false;
  return view.words.slice(first, cueToken).includes(',');
}
