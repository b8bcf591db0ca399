import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import phraseJson from './phrase-words.json' with { type: 'json' };

const PhraseWordsSchema = z.object({
  clauseWords: z.array(LowerWord),
  appositionOpeners: z.array(LowerWord),
  relativePronouns: z.array(LowerWord),
  governmentNouns: z.array(LowerWord).min(1),
  asParticiples: z.array(LowerWord).min(1),
  copularAs: z.array(LowerWord).min(1),
  irregularPasts: z.array(LowerWord).min(1),
  eventNouns: z.array(LowerWord).min(1),
  blameVerbs: z.array(LowerWord).min(1),
  governingNouns: z.array(LowerWord).min(1),
  agentiveVerbs: z.array(LowerWord).min(1),
});

export interface PhraseWords {
  clauseWords: ReadonlySet<string>;
  /** Openers of an apposition besides the determiners. */
  appositionOpeners: readonly string[];
  relativePronouns: ReadonlySet<string>;
  /** "of (the) state", "of government" as whole words, case-insensitive. */
  ofGovernment: RegExp;
  /** A participle that takes "as": any in -ed, or one listed ("known"), at a word's end. */
  participleBeforeAs: RegExp;
  /** "emerged" in "X has emerged as a critic of Y": with "as", a copula. */
  copularAs: ReadonlySet<string>;
  /** "met", "told": a past-tense verb the "-ed" test misses. */
  irregularPasts: ReadonlySet<string>;
  /** "attacks", "bombings": a violent event a capital before it only locates. */
  eventNouns: ReadonlySet<string>;
  /** "blamed" in "X blamed the attack on Y": the "on" names the one blamed. */
  blameVerbs: ReadonlySet<string>;
  /** "officials" in "officials in Beijing": the name after "in" is who they act for. */
  governingNouns: ReadonlySet<string>;
  /** "launched" in "X launched the attack on Y": the subject does what the noun names. */
  agentiveVerbs: ReadonlySet<string>;
}

let cached: PhraseWords | undefined;

/** Function words of the relation rules (phrase-words.json). */
export function phraseWords(): PhraseWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(PhraseWordsSchema, phraseJson, 'relations/phrase-words.json');
  cached = {
    clauseWords: new Set(lists.clauseWords),
    appositionOpeners: lists.appositionOpeners,
    relativePronouns: new Set(lists.relativePronouns),
    ofGovernment: new RegExp(`\\bof\\s+(?:the\\s+)?(?:${lists.governmentNouns.join('|')})\\b`, 'i'),
    participleBeforeAs: new RegExp(`(?:ed|${lists.asParticiples.join('|')})$`, 'u'),
    copularAs: new Set(lists.copularAs),
    irregularPasts: new Set(lists.irregularPasts),
    eventNouns: new Set(lists.eventNouns),
    blameVerbs: new Set(lists.blameVerbs),
    governingNouns: new Set(lists.governingNouns),
    agentiveVerbs: new Set(lists.agentiveVerbs),
  };
  return cached;
}

/**
 * A past verb form: a lower-case word of letters in -ed, five letters or more ("rejected", not
 * "bed" nor "U.S.-backed"), or a listed irregular past ("took"). The one test of a past form for
 * every reader of the clause.
 */
export function isPastForm(word: string): boolean {
  return PAST_ED.test(word) || phraseWords().irregularPasts.has(word);
}

/** A past form or a gerund ("facing", "met"). */
export function isPastOrGerund(word: string): boolean {
  return isPastForm(word) || isGerund(word);
}

/** A lower-case word of letters in -ing, six letters or more: "ruling", "facing", not "bring". */
export function isGerund(word: string): boolean {
  return GERUND.test(word);
}

const PAST_ED = /^\p{Ll}{3,}ed$/u;
const GERUND = /^\p{Ll}{3,}ing$/u;
