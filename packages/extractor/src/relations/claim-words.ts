import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import claimJson from './claim-words.json' with { type: 'json' };

const ClaimWordsSchema = z.object({
  description: z.string(),
  claimVerbs: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** "claimed", "alleged": verbs that report the act in their clause as a claim (claim-words.json). */
export function claimVerbs(): ReadonlySet<string> {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(ClaimWordsSchema, claimJson, 'relations/claim-words.json');
  cached = new Set(lists.claimVerbs);
  return cached;
}
