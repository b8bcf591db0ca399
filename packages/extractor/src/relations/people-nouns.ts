import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './people-nouns.json' with { type: 'json' };

const PeopleNounsSchema = z.object({
  description: z.string(),
  possessedPeople: z.array(LowerWord).min(1),
  peerNouns: z.array(LowerWord).min(1),
  countWords: z.array(LowerWord).min(1),
});

export interface PeopleNouns {
  /** "accused Y's critics", "support for Y's rebels": people a stance on does not reach Y through. */
  possessedPeople: ReadonlySet<string>;
  /** "criticised Germany's NATO partners": a state's or body's peers, others than the possessor. */
  peerNouns: ReadonlySet<string>;
  /** "charged three Syrians", "dozens of Afghans": a count before a plural demonym noun. */
  countWords: ReadonlySet<string>;
}

let cached: PeopleNouns | undefined;

/** Words of the people-noun readings (people-nouns.json), validated once. */
export function peopleNouns(): PeopleNouns {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(PeopleNounsSchema, wordsJson, 'relations/people-nouns.json');
  cached = {
    possessedPeople: new Set(lists.possessedPeople),
    peerNouns: new Set(lists.peerNouns),
    countWords: new Set(lists.countWords),
  };
  return cached;
}
