import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import contestJson from './contest-words.json' with { type: 'json' };

const ContestWordsSchema = z.object({
  description: z.string(),
  contestVerbs: z.array(LowerWord).min(1),
  voteNouns: z.array(LowerWord).min(1),
  playNouns: z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u)).min(1),
  afterPlayNouns: z.array(LowerWord).min(1),
  prizeNouns: z.array(LowerWord).min(1),
  marginNouns: z.array(LowerWord).min(1),
  challengeForms: z.array(LowerWord).min(1),
  marginWords: z.array(LowerWord).min(1),
  marginUnits: z.array(LowerWord).min(1),
  resultVerbs: z.array(LowerWord).min(1),
  wonFromNouns: z.array(LowerWord).min(1),
});

export interface ContestWords {
  /** "defeated", "is challenging": verbs that name a contest when their complement is a race. */
  contestVerbs: ReadonlySet<string>;
  /** "in the Republican primary", "in elections": what an "in" phrase after the object names. */
  voteNouns: ReadonlySet<string>;
  /** "in straight sets", "in the quarter-finals", "in the ratings": a match or ranking, ending the phrase. */
  playNouns: ReadonlySet<string>;
  /** "in the final last week", "in straight sets and": words besides marks and prepositions after which it ends. */
  afterPlayNouns: ReadonlySet<string>;
  /** "for her Senate seat", "for the nomination": what a "for" phrase after the object names. */
  prizeNouns: ReadonlySet<string>;
  /** "by a wide margin": a margin with no number. */
  marginNouns: ReadonlySet<string>;
  /** "is challenging Y.": forms whose bare person object is a rival in a race. */
  challengeForms: ReadonlySet<string>;
  /** "by more than 20 points": words between "by" and the number of a margin. */
  marginWords: ReadonlySet<string>;
  /** "by 20 points": nouns after the number that make it a margin. */
  marginUnits: ReadonlySet<string>;
  /** "X (Poland) beat Y": verbs of a result a results line puts after a player's origin. */
  resultVerbs: ReadonlySet<string>;
  /** "seized the ball from Y", "took the title from Y": what a rival takes in play. */
  wonFromNouns: ReadonlySet<string>;
}

let cached: ContestWords | undefined;

/** Word lists of the score and contest rules (contest-words.json), validated once. */
export function contestWords(): ContestWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(ContestWordsSchema, contestJson, 'relations/contest-words.json');
  cached = {
    contestVerbs: new Set(lists.contestVerbs),
    voteNouns: new Set(lists.voteNouns),
    playNouns: new Set(lists.playNouns),
    afterPlayNouns: new Set(lists.afterPlayNouns),
    prizeNouns: new Set(lists.prizeNouns),
    marginNouns: new Set(lists.marginNouns),
    challengeForms: new Set(lists.challengeForms),
    marginWords: new Set(lists.marginWords),
    marginUnits: new Set(lists.marginUnits),
    resultVerbs: new Set(lists.resultVerbs),
    wonFromNouns: new Set(lists.wonFromNouns),
  };
  return cached;
}
