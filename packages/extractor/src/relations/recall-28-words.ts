import { z } from 'zod';
import { LowerWord, Phrase, parseWordLists } from '../lexicon/word-lists.js';
import { PhraseSet } from './phrase-set.js';
import wordsJson from './recall-28-words.json' with { type: 'json' };

const RecallWordsSchema = z.object({
  description: z.string(),
  fromComplements: z.array(LowerWord).min(1),
  certaintyAdjectives: z.array(LowerWord).min(1),
  receivingVerbs: z.array(LowerWord).min(1),
  purposeGoing: z.array(Phrase).min(1),
  willingAfterNegator: z.array(LowerWord).min(1),
});

export interface RecallWords {
  /** "complaints from X about Y": after the source, they introduce the stance's target. */
  fromComplements: ReadonlySet<string>;
  /** "will be sure to accuse": between "will be" and an infinitive, the act is settled. */
  certaintyAdjectives: ReadonlySet<string>;
  /** "received complaints about Y": the subject meets the stance, it does not hold it. */
  receivingVerbs: ReadonlySet<string>;
  /** "took to", "appeared on": a place and a purpose infinitive after them state the act. */
  purposeGoing: PhraseSet;
  /** "did not hesitate to": after a negator, they affirm the act. */
  willingAfterNegator: ReadonlySet<string>;
}

let cached: RecallWords | undefined;

/** Words of the from-complement and certain-future readings (recall-28-words.json), validated once. */
export function recallWords(): RecallWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(RecallWordsSchema, wordsJson, 'relations/recall-28-words.json');
  cached = {
    fromComplements: new Set(lists.fromComplements),
    certaintyAdjectives: new Set(lists.certaintyAdjectives),
    receivingVerbs: new Set(lists.receivingVerbs),
    purposeGoing: new PhraseSet(lists.purposeGoing),
    willingAfterNegator: new Set(lists.willingAfterNegator),
  };
  return cached;
}
