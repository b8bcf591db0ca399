import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './act-antecedent-words.json' with { type: 'json' };

const ActAntecedentWordsSchema = z.object({
  description: z.string(),
  backSentences: z.number().int().min(1).max(20),
  acts: z
    .array(
      z.object({
        nouns: z.array(LowerWord).min(1),
        verbs: z.array(LowerWord).min(1),
      }),
    )
    .min(1),
});

export interface ActAntecedentWords {
  /** How many sentences back the verb of the act may stand. */
  backSentences: number;
  /** "the charge" → the act's index. */
  actOfNoun: ReadonlyMap<string, number>;
  /** "accused" → the act's index. */
  actOfVerb: ReadonlyMap<string, number>;
}

let cached: ActAntecedentWords | undefined;

/** Acts a noun names again later (act-antecedent-words.json), validated once. */
export function actAntecedentWords(): ActAntecedentWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    ActAntecedentWordsSchema,
    wordsJson,
    'relations/act-antecedent-words.json',
  );
  const actOfNoun = new Map<string, number>();
  const actOfVerb = new Map<string, number>();
  lists.acts.forEach((act, index) => {
    for (const noun of act.nouns) actOfNoun.set(noun, index);
    for (const verb of act.verbs) actOfVerb.set(verb, index);
  });
  cached = { backSentences: lists.backSentences, actOfNoun, actOfVerb };
  return cached;
}
