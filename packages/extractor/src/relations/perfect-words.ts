import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './perfect-words.json' with { type: 'json' };

const PerfectWordsSchema = z.object({
  description: z.string(),
  perfectLinks: z.array(LowerWord).min(1),
  perfectInnerAdverbs: z.array(LowerWord).min(1),
  perfectAuxiliaries: z.array(z.string().regex(/^'?\p{Ll}+$/u)).min(1),
  phraseOpeners: z.array(LowerWord).min(1),
});

export interface PerfectWords {
  /** "has been a critic of Y", "has become a critic of Y": perfect participles that link. */
  perfectLinks: ReadonlySet<string>;
  /** "has long been": adverbs not in -ly between the auxiliary and the linking participle. */
  perfectInnerAdverbs: ReadonlySet<string>;
  /** "has been", "'s been": the auxiliaries before the linking participle. */
  perfectAuxiliaries: ReadonlySet<string>;
  /** What may open the agent phrase after "been": "a critic", "one of the critics", "among". */
  phraseOpeners: ReadonlySet<string>;
}

let cached: PerfectWords | undefined;

/** Words of the perfect-copula frame (perfect-words.json), validated once. */
export function perfectWords(): PerfectWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(PerfectWordsSchema, wordsJson, 'relations/perfect-words.json');
  cached = {
    perfectLinks: new Set(lists.perfectLinks),
    perfectInnerAdverbs: new Set(lists.perfectInnerAdverbs),
    perfectAuxiliaries: new Set(lists.perfectAuxiliaries),
    phraseOpeners: new Set(lists.phraseOpeners),
  };
  return cached;
}
