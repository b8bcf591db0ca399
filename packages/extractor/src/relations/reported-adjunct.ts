import { SYNTAX_WORDS } from '../syntax/syntax-words.js';
import type { ActorRef } from './article-context.js';
import type { SentenceView } from './sentence-view.js';
import {
  BE_AUXILIARIES,
  DETERMINERS,
  HAVE_FORMS,
  isPunctuation,
  PREPOSITIONS,
  PRONOUN_SUBJECTS,
  SKIPPABLE,
} from './word-classes.js';

/** How many words an adjunct between a speech verb and its "that" may hold. */
const ADJUNCT_WORDS = 6;

/** Speech verbs whose addressee may stand before the adjunct ("told reporters on Friday that"). */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell']);

const { relativePronouns, coordinators, subordinators, negators } = SYNTAX_WORDS;
/** Words that open another clause or name another doer: the adjunct stops being one there. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...relativePronouns,
  ...coordinators,
  ...subordinators,
  ...negators,
  'where',
]);
/**
 * "X said on Monday that he ...", "X said in a statement that it ...", "X told reporters on
 * Friday that they ...": the speech verb before a short adjunct (a time, a place, a medium, the
 * addressee of "told") that ends in the reported clause's "that" at `that`. Undefined when the
 * words between hold a clause word, punctuation, a pronoun or a named person (the pronoun after
 * "told Ann that she" may be Ann), or when "that" follows the verb directly (read elsewhere).
 */
export function speechVerbBeforeAdjunct(
  view: SentenceView,
  that: number,
  speechVerbs: { has(word: string): boolean },
): number | undefined {
  if (view.words[that] !== 'that') return undefined;
  const floor = Math.max(0, that - ADJUNCT_WORDS - 1);
  for (let t = that - 1; t >= floor; t--) {
    const word = view.words[t] ?? '';
    if (speechVerbs.has(word)) return opensAdjunct(view, t, that) ? t : undefined;
    if (CLAUSE_WORDS.has(word) || PRONOUN_SUBJECTS.has(word) || isPunctuation(word))
      return undefined;
    const unit = view.units[view.unitAt[t] ?? -1];
    if (unit?.actor?.type === 'Person') return undefined;
  }
  return undefined;
}

/** The word after the verb opens an adjunct ("on", "Monday", "last week") or names the addressee. */
function opensAdjunct(view: SentenceView, verb: number, that: number): boolean {
  if (verb + 1 >= that) return false;
  const first = view.words[verb + 1] ?? '';
  return (
    ADDRESSEE_VERBS.has(view.words[verb] ?? '') || PREPOSITIONS.has(first) || isTimeWord(first)
  );
}

/** "Monday", "yesterday", "last": a word a subject may be parted from its verb by, not a verb's. */
function isTimeWord(word: string): boolean {
  return (
    SKIPPABLE.has(word) &&
    !DETERMINERS.has(word) &&
    !HAVE_FORMS.has(word) &&
    !BE_AUXILIARIES.has(word) &&
    !NON_TIME_SKIPPABLE.has(word)
  );
}

/** The skippable words that are no adjunct of time: auxiliaries and quantifiers. */
const NON_TIME_SKIPPABLE: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  'did',
  'does',
  'do',
  'too',
  'both',
  'all',
  'each',
  "'s",
]);

/**
 * The speech verb a subject pronoun at `pronoun` reports for: right before it, before "that", or
 * before a short adjunct and "that" (`speechVerbBeforeAdjunct`). Undefined when none.
 */
export function reportingVerb(
  view: SentenceView,
  pronoun: number,
  speechVerbs: { has(word: string): boolean },
): number | undefined {
  let before = speechVerbBeforeAdjunct(view, pronoun - 1, speechVerbs) ?? pronoun - 1;
  if (view.words[before] === 'that') before--;
  return before >= 0 && speechVerbs.has(view.words[before] ?? '') ? before : undefined;
}

/** True when the pronoun at `pronoun` follows a speech verb, a short adjunct and "that". */
export function reportedAfterAdjunct(
  view: SentenceView,
  pronoun: number,
  speechVerbs: { has(word: string): boolean },
): boolean {
  return speechVerbBeforeAdjunct(view, pronoun - 1, speechVerbs) !== undefined;
}

/**
 * "A Democratic senator said on Friday that she ...": after an adjunct a "he"/"she" is a person
 * and "it" is not; a speaker of the other kind is one the subject only describes (the party of
 * "Democratic"). Right after the verb or its "that" any speaker fits, as before.
 */
export function pronounFits(
  view: SentenceView,
  pronoun: number,
  verb: number,
  actors: readonly ActorRef[],
): boolean {
  if (verb >= pronoun - 2) return true;
  const word = view.words[pronoun] ?? '';
  if (word === 'he' || word === 'she') return actors.every((a) => a.type === 'Person');
  if (word === 'it') return actors.every((a) => a.type !== 'Person');
  return true;
}
