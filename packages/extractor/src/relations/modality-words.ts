import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './modality-words.json' with { type: 'json' };

const ModalityWordsSchema = z.object({
  description: z.string(),
  additiveAdverbs: z.array(LowerWord).min(1),
  contrastAdverbs: z.array(LowerWord).min(1),
  beforeMonth: z.array(LowerWord).min(1),
  desireVerbs: z.array(LowerWord).min(1),
  hedgeAdverbs: z.array(LowerWord).min(1),
});

export interface ModalityWords {
  /** "not only criticised Y": after "not", they add rather than deny. */
  additiveAdverbs: ReadonlySet<string>;
  /** "but later praised Y": besides -ly adverbs, between "but" and a verb of its own. */
  contrastAdverbs: ReadonlySet<string>;
  /** "in May", "late May": after them a capitalised "May" is the month. */
  beforeMonth: ReadonlySet<string>;
  /** "wants to ban Y", "tried to block Y": their stance infinitive is the subject's stance now. */
  desireVerbs: ReadonlySet<string>;
  /** "X allegedly attacked Y": the act is a claim, not a fact. */
  hedgeAdverbs: ReadonlySet<string>;
}

let cached: ModalityWords | undefined;

/** Words of the modality reading (modality-words.json), validated once. */
export function modalityWords(): ModalityWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(ModalityWordsSchema, wordsJson, 'relations/modality-words.json');
  cached = {
    additiveAdverbs: new Set(lists.additiveAdverbs),
    contrastAdverbs: new Set(lists.contrastAdverbs),
    beforeMonth: new Set(lists.beforeMonth),
    desireVerbs: new Set(lists.desireVerbs),
    hedgeAdverbs: new Set(lists.hedgeAdverbs),
  };
  return cached;
}
