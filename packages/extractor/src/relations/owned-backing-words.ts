import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './owned-backing-words.json' with { type: 'json' };

const OwnedBackingWordsSchema = z.object({
  description: z.string(),
  gainingVerbs: z.array(LowerWord).min(1),
  backingNouns: z.array(LowerWord).min(1),
});

export interface OwnedBackingWords {
  /** "X won Y's backing", "X has Y's support": verbs by which the subject holds the backing. */
  gainingVerbs: ReadonlySet<string>;
  /** "support", "backing": the backing its owner gives. */
  backingNouns: ReadonlySet<string>;
}

let cached: OwnedBackingWords | undefined;

/** Words of the owned-backing rule (owned-backing-words.json), validated once. */
export function ownedBackingWords(): OwnedBackingWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    OwnedBackingWordsSchema,
    wordsJson,
    'relations/owned-backing-words.json',
  );
  cached = {
    gainingVerbs: new Set(lists.gainingVerbs),
    backingNouns: new Set(lists.backingNouns),
  };
  return cached;
}
