import { z } from 'zod';
import { LowerWord, Phrase, parseWordLists } from '../lexicon/word-lists.js';
import { PhraseSet } from './phrase-set.js';
import adjunctJson from './adjunct-words.json' with { type: 'json' };

const AdjunctWordsSchema = z.object({
  description: z.string(),
  gerundPrepositions: z.array(LowerWord).min(1),
  frontedGerundOpeners: z.array(LowerWord).min(1),
  frontedSpeechGerunds: z.array(LowerWord).min(1),
  purposeVerbs: z.array(LowerWord).min(1),
  mannerBeforeIn: z.array(LowerWord).min(1),
  objectRelatives: z.array(LowerWord).min(1),
  adjunctFramers: z.array(Phrase).min(1),
});

export interface AdjunctWords {
  /** "by", "before": a gerund after them shares the subject of the clause it hangs on. */
  gerundPrepositions: ReadonlySet<string>;
  /** "in": opening the sentence before a participle that shares the main clause's subject. */
  frontedGerundOpeners: ReadonlySet<string>;
  /** "saying": opening the sentence, it reports for the main clause's subject. */
  frontedSpeechGerunds: ReadonlySet<string>;
  /** "used": its object serves the infinitive after it ("used the summit to attack Y"). */
  purposeVerbs: ReadonlySet<string>;
  /** "aggressive": before "in", the gerund after it is the clause subject's act ("aggressive in attacking Y"). */
  mannerBeforeIn: ReadonlySet<string>;
  /** "whom": after a comma and an actor, it opens a relative clause whose object is that actor. */
  objectRelatives: ReadonlySet<string>;
  /** "was seen as": between "in what" and "a", the reporter frames the act as the noun after. */
  adjunctFramers: PhraseSet;
}

let cached: AdjunctWords | undefined;

/** Word lists of the stance adjunct rules (adjunct-words.json), validated once. */
export function adjunctWords(): AdjunctWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(AdjunctWordsSchema, adjunctJson, 'relations/adjunct-words.json');
  cached = {
    gerundPrepositions: new Set(lists.gerundPrepositions),
    frontedGerundOpeners: new Set(lists.frontedGerundOpeners),
    frontedSpeechGerunds: new Set(lists.frontedSpeechGerunds),
    purposeVerbs: new Set(lists.purposeVerbs),
    mannerBeforeIn: new Set(lists.mannerBeforeIn),
    objectRelatives: new Set(lists.objectRelatives),
    adjunctFramers: new PhraseSet(lists.adjunctFramers),
  };
  return cached;
}
