import { SYNTAX_WORDS } from '../syntax/syntax-words.js';
import type { SentenceView } from './sentence-view.js';
import { BE_AUXILIARIES, COPULAS, HAVE_FORMS, PREPOSITIONS, isAdverb } from './word-classes.js';
import { insideRelativeAside } from './relative-aside.js';

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
  // "X, who served as Y's deputy, praised Z": the pronoun may stand further back.
  if (!['which', 'whom', 'that'].includes(opener) || view.words[first - 2] !== ',')
    return insideRelativeAside(view, first, cueToken);
  return view.words.slice(first, cueToken).includes(',');
}

/** How far after the preposition the relative verb's complement may start ("on a North Korean"). */
const COMPLEMENT_REACH = 3;

/**
 * "the bombing that Ankara blamed on Y", "the sanctions that France imposed on Y": "that" at `t`
 * right before a name opens an object relative clause whose subject the name is, when the verb at
 * `cue` (its object being the noun before "that") goes on with a preposition and an actor.
 * Without one ("the plan that X criticised angered Y") the verb has nothing of its own after it.
 */
export function thatOpensName(view: SentenceView, t: number, cue: number): boolean {
  if (view.words[t] !== 'that' || (view.unitAt[t + 1] ?? -1) < 0) return false;
  // "the fact that X voted for Y": a content clause says what the noun holds (content-clause.test).
  if (SYNTAX_WORDS.contentNouns.has(view.words[t - 1] ?? '')) return false;
  if (!PREPOSITIONS.has(view.words[cue + 1] ?? '')) return false;
  for (let k = cue + 2; k <= cue + 1 + COMPLEMENT_REACH; k++) {
    if ((view.unitAt[k] ?? -1) >= 0) return true;
  }
  return false;
}

/** Words that go on with the main clause right after an object relative's verb. */
const RESUMING: ReadonlySet<string> = new Set([
  ...BE_AUXILIARIES,
  ...HAVE_FORMS,
  ...SYNTAX_WORDS.modals,
]);

/**
 * "The deal that X backed was rejected by Y", "the plan that X criticised has angered Y": after
 * "that" at `first - 1`, the verb ending at `end` has its object in the noun before "that", and the
 * main clause goes on right after it; no actor after it is that verb's target.
 */
export function gappedRelative(view: SentenceView, first: number, end: number): boolean {
  return view.words[first - 1] === 'that' && RESUMING.has(view.words[end] ?? '');
}
