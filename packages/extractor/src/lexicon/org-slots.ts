import { parseBundled } from './bundled.js';
import { z } from 'zod';
import slotsJson from './data/org-slots.json' with { type: 'json' };

const lowerWord = z.string().regex(/^[a-z][a-z-]*$/);

const OrgSlotsSchema = z.object({
  ownedNouns: z.array(lowerWord),
  ownedPhrases: z.array(z.tuple([lowerWord, lowerWord])),
  stakeNouns: z.array(lowerWord),
  descriptors: z.array(lowerWord),
  phraseEnders: z.array(lowerWord),
  peopleModifiers: z.array(lowerWord),
  nameClosers: z.array(lowerWord),
  listModifierPrepositions: z.array(lowerWord),
  listIntroducers: z.array(lowerWord),
  titles: z.array(z.string().regex(/^\p{Lu}[\p{L}-]*$/u)),
  headsOf: z.array(lowerWord),
  titleArticles: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
});

/** Words around a capitalised name that say it names an organization (data/org-slots.json). */
export interface OrgSlots {
  /** Nouns after a name or its possessive that only a company or body has ("X shares"). */
  ownedNouns: ReadonlySet<string>;
  /** Two-word such nouns ("X's chief executive"), as "first second". */
  ownedPhrases: ReadonlySet<string>;
  /** Nouns before "in" whose object is a company ("a stake in X"). */
  stakeNouns: ReadonlySet<string>;
  /** Head nouns of an apposition or noun phrase that say what body a name names ("X, the airline,"). */
  descriptors: ReadonlySet<string>;
  /** Words after such a head noun that end its noun phrase ("X, a party that"). */
  phraseEnders: ReadonlySet<string>;
  /** Words before such a noun after a name that make it a kind of people ("the X ethnic group"). */
  peopleModifiers: ReadonlySet<string>;
  /** Words that may follow a name with such a noun before it ("the band X were"). */
  nameClosers: ReadonlySet<string>;
  /** Prepositions opening a modifier after such a plural noun ("firms in the X industry, such as"). */
  listModifierPrepositions: ReadonlySet<string>;
  /** Words between a plural such noun and a list of names ("firms including X, Y and Z"). */
  listIntroducers: ReadonlySet<string>;
  /** Corporate titles between an organization's name and a person's ("X Chairman Ana Ruiz"). */
  titles: ReadonlySet<string>;
  /** Nouns before "of" whose object is a company or body ("the deputy chairman of X"). */
  headsOf: ReadonlySet<string>;
  /** Foreign articles that open a title, not a person's name ("Die Presse", "La Tribuna"). */
  titleArticles: ReadonlySet<string>;
}

let cached: OrgSlots | undefined;

export function orgSlots(): OrgSlots {
  if (cached !== undefined) return cached;
  const d = parseBundled(OrgSlotsSchema, slotsJson, 'lexicon/data/org-slots.json');
  cached = {
    ownedNouns: new Set(d.ownedNouns),
    ownedPhrases: new Set(d.ownedPhrases.map(([a, b]) => `${a} ${b}`)),
    stakeNouns: new Set(d.stakeNouns),
    descriptors: new Set(d.descriptors),
    phraseEnders: new Set(d.phraseEnders),
    peopleModifiers: new Set(d.peopleModifiers),
    nameClosers: new Set(d.nameClosers),
    listModifierPrepositions: new Set(d.listModifierPrepositions),
    listIntroducers: new Set(d.listIntroducers),
    titles: new Set(d.titles),
    headsOf: new Set(d.headsOf),
    titleArticles: new Set(d.titleArticles),
  };
  return cached;
}
