import { z } from 'zod';
import matchingJson from './data/name-matching.json' with { type: 'json' };
import { LowerWord, parseWordLists } from './word-lists.js';

const NameMatchingSchema = z.object({
  joiners: z.array(LowerWord).min(1),
  actorNoise: z.array(LowerWord),
  articlePrefixes: z.array(LowerWord).min(1),
  givenNameJoiners: z.array(z.string().regex(/^(?:\p{Ll}+|&)$/u)).min(1),
});

export interface NameMatching {
  /** A joining word between spaces (" on "), tested on a name padded with spaces. */
  joiner: RegExp;
  /** Words around actor-table names that no personal name holds. */
  actorNoise: readonly string[];
  /** An Arabic article and its hyphen at the start of a name word ("al-"). */
  articlePrefix: RegExp;
  /** Words that join a lone given name to a full name sharing its surname ("Ed and David Miliband"). */
  givenNameJoiners: ReadonlySet<string>;
}

let cached: NameMatching | undefined;

/** Words for matching persons' names (data/name-matching.json). */
export function nameMatching(): NameMatching {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(NameMatchingSchema, matchingJson, 'lexicon/data/name-matching.json');
  cached = {
    joiner: new RegExp(`\\s(?:${lists.joiners.join('|')})\\s`),
    actorNoise: lists.actorNoise,
    articlePrefix: new RegExp(`^(?:${lists.articlePrefixes.join('|')})-`),
    givenNameJoiners: new Set(lists.givenNameJoiners),
  };
  return cached;
}
