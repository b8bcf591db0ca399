import { z } from 'zod';
import { parseBundled as parse } from './bundled.js';
import gendersJson from './data/given-name-genders.json' with { type: 'json' };
import speakerWordsJson from './data/speaker-words.json' with { type: 'json' };

export type Gender = 'male' | 'female';
/**
 * What a pronoun may refer to: a person of one gender, an organization or state, or ("they") only
 * the organization a recent sentence is about.
 */
export type PronounKind = Gender | 'person' | 'organization' | 'body';

const SpeakerWordsSchema = z.object({
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'organization', 'body'])),
  genderTitles: z.object({ male: z.array(z.string()), female: z.array(z.string()) }),
  spokesNouns: z.array(z.string()),
  between: z.array(z.string()),
  quoteVerbs: z.array(z.string()),
  determiners: z.array(z.string()),
  passiveMarkers: z.array(z.string()),
  namingPhrases: z.array(z.string()),
  documentNouns: z.array(z.string()),
  titleSmallWords: z.array(z.string()),
  conjunctions: z.array(z.string()),
  subordinators: z.array(z.string()),
  kinshipNouns: z.object({ male: z.array(z.string()), female: z.array(z.string()) }),
  nameStops: z.array(z.string()),
  organizationNouns: z.array(z.string()),
  kindNouns: z.record(z.string(), z.string()),
  indefinites: z.array(z.string()),
  interviewMarkers: z.object({ question: z.array(z.string()), answer: z.array(z.string()) }),
  genderedPronouns: z.object({ male: z.array(z.string()), female: z.array(z.string()) }),
  objectPronouns: z.array(z.string()),
  referringNouns: z.object({
    any: z.array(z.string()),
    male: z.array(z.string()),
    female: z.array(z.string()),
  }),
});
const GendersSchema = z.object({
  female: z.array(z.string()),
  male: z.array(z.string()),
  commonWords: z.array(z.string()),
});

/** Word lists for speakers: pronouns, gendered titles and given names, spokesperson nouns. */
export interface SpeakerWords {
  pronouns: ReadonlyMap<string, PronounKind>;
  /**
   * Gender by given name or title, case as written ("Anna", "Mrs."). Not of a given name that is
   * more often a common English word ("Angle", "Will"): that word says no gender.
   */
  genderOf: ReadonlyMap<string, Gender>;
  /**
   * Every listed given name of one gender and every gendered title, the common words too: evidence
   * that a name starts there ("Will Brandt"), whatever gender it says.
   */
  givenNames: ReadonlySet<string>;
  /** Gender by title alone ("Mrs.", "Sir"): a word before a name that is not itself a given name. */
  titleGender: ReadonlyMap<string, Gender>;
  /** Lower case; multi-word entries give their last word. */
  spokesNouns: ReadonlySet<string>;
  /** Words that may stand between a speaker and the speech verb, lower case. */
  between: ReadonlySet<string>;
  /** Verbs that attribute a quotation, beyond the speech verbs that also type names, lower case. */
  quoteVerbs: ReadonlySet<string>;
  /** Words after which a speech verb's form is a noun ("the warning"), lower case. */
  determiners: ReadonlySet<string>;
  /** Words before a speech verb that make it passive ("was described"), lower case. */
  passiveMarkers: ReadonlySet<string>;
  /** Phrases after which quoted words are a name ("known as"), lower case. */
  namingPhrases: readonly string[];
  /** Nouns for a text that speaks ("the statement said"), lower case. */
  documentNouns: ReadonlySet<string>;
  /** Words a quoted title may leave in lower case ("Meet the Press"). */
  titleSmallWords: ReadonlySet<string>;
  /** Pronouns of every case by the gender they tell ("his", "her"), lower case. */
  pronounGender: ReadonlyMap<string, Gender>;
  /** Gendered pronouns that are only ever objects ("him"): no vote on their sentence's subject. */
  objectPronouns: ReadonlySet<string>;
  /** Words that may open a sentence before its subject ("And he said"), lower case. */
  conjunctions: ReadonlySet<string>;
  /** Words that open a subordinate clause ("after", "because"), lower case. */
  subordinators: ReadonlySet<string>;
  /** Nouns for a relative ("wife", "son") by the gender they give, lower case. */
  kinship: ReadonlyMap<string, Gender>;
  /** Lower-case words that end the words a speech verb may put before a name ("said a spokesman for"). */
  nameStops: ReadonlySet<string>;
  /** Heads of descriptions that refer back to an organization ("the company"), lower case. */
  organizationNouns: ReadonlySet<string>;
  /** Heads of descriptions for a kind of organization ("the newspaper"), lower case, with the kind. */
  kindNouns: ReadonlyMap<string, string>;
  /** Words that introduce someone unnamed ("a", "another"), lower case. */
  indefinites: ReadonlySet<string>;
  /** Labels that open a transcript's questions and answers ("Q", "A"), as written. */
  interviewMarkers: { question: ReadonlySet<string>; answer: ReadonlySet<string> };
  /** Heads of descriptions that refer back ("the candidate"), lower case, with the gender they need. */
  referringNouns: ReadonlyMap<string, Gender | 'person'>;
}

let cached: SpeakerWords | undefined;

export function speakerWords(): SpeakerWords {
  if (cached !== undefined) return cached;
  const words = parse(SpeakerWordsSchema, speakerWordsJson, 'speaker-words.json');
  const genders = parse(GendersSchema, gendersJson, 'given-name-genders.json');
  const genderOf = new Map<string, Gender>();
  for (const n of genders.female) genderOf.set(n, 'female');
  for (const n of genders.male) genderOf.set(n, 'male');
  const titleGender = new Map<string, Gender>();
  for (const t of words.genderTitles.female) titleGender.set(t, 'female');
  for (const t of words.genderTitles.male) titleGender.set(t, 'male');
  for (const [t, g] of titleGender) genderOf.set(t, g);
  const givenNames = new Set(genderOf.keys());
  for (const n of genders.commonWords) if (!titleGender.has(n)) genderOf.delete(n);
  cached = {
    pronouns: new Map(Object.entries(words.pronouns)),
    genderOf,
    givenNames,
    titleGender,
    spokesNouns: new Set(words.spokesNouns.map((w) => w.toLowerCase().split(' ').at(-1) ?? w)),
    between: new Set(words.between.map((w) => w.toLowerCase())),
    quoteVerbs: new Set(words.quoteVerbs.map((w) => w.toLowerCase())),
    determiners: new Set(words.determiners),
    passiveMarkers: new Set(words.passiveMarkers),
    namingPhrases: words.namingPhrases,
    documentNouns: new Set(words.documentNouns),
    titleSmallWords: new Set(words.titleSmallWords),
    conjunctions: new Set(words.conjunctions),
    subordinators: new Set(words.subordinators),
    kinship: new Map<string, Gender>([
      ...words.kinshipNouns.male.map((w): [string, Gender] => [w, 'male']),
      ...words.kinshipNouns.female.map((w): [string, Gender] => [w, 'female']),
    ]),
    nameStops: new Set(words.nameStops),
    organizationNouns: new Set(words.organizationNouns),
    kindNouns: new Map(Object.entries(words.kindNouns)),
    indefinites: new Set(words.indefinites),
    interviewMarkers: {
      question: new Set(words.interviewMarkers.question),
      answer: new Set(words.interviewMarkers.answer),
    },
    pronounGender: new Map<string, Gender>([
      ...words.genderedPronouns.male.map((w): [string, Gender] => [w, 'male']),
      ...words.genderedPronouns.female.map((w): [string, Gender] => [w, 'female']),
    ]),
    objectPronouns: new Set(words.objectPronouns),
    referringNouns: new Map<string, Gender | 'person'>([
      ...words.referringNouns.any.map((w): [string, 'person'] => [w, 'person']),
      ...words.referringNouns.male.map((w): [string, Gender] => [w, 'male']),
      ...words.referringNouns.female.map((w): [string, Gender] => [w, 'female']),
    ]),
  };
  return cached;
}
