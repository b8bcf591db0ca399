import { z } from 'zod';
import { parseBundled } from './bundled.js';
import slotsJson from './data/person-slots.json' with { type: 'json' };
import { mentionWords } from './mention-words.js';

const PersonSlotsSchema = z.object({
  agentVerbs: z.array(z.string().regex(/^[a-z]+$/)),
  possessedNouns: z.array(z.string().regex(/^\p{Ll}+$/u)),
  notNames: z.array(z.string().regex(/^[a-z]+$/)),
  gapWords: z.array(z.string().regex(/^[a-z]+$/)),
  objectVerbs: z.record(z.string().regex(/^[a-z]+$/), z.enum(['of', 'for'])),
  orgsToo: z.array(z.string().regex(/^[a-z]+$/)),
  thingNouns: z.array(z.string().regex(/^[a-z]+$/)),
  thingDescriptors: z.array(z.string().regex(/^[a-z]+$/)),
  stanceVerbs: z.array(z.string().regex(/^[a-z]+$/)),
  stanceNouns: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
  offices: z.array(z.string().regex(/^[a-z-]+$/)),
  clauseOpeners: z.array(z.string().regex(/^[a-z]+$/)),
  subjectBreakers: z.array(z.string().regex(/^[a-z]+$/)),
  notSurnames: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
  auxiliaries: z.array(z.string().regex(/^[a-z]+$/)),
  wordGivenNames: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
  predicateNouns: z.array(z.string().regex(/^[a-z]+$/)),
  sharedPredicates: z.array(z.string().regex(/^[a-z]+$/)),
  ownedStances: z.array(z.string().regex(/^[a-z]+$/)),
});

/** Words around a lone name that say it stands where people stand (data/person-slots.json). */
export interface PersonSlots {
  agentVerbs: ReadonlySet<string>;
  possessedNouns: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Adverbs that may stand between a name and its verb, besides the speaker words' and any in -ly. */
  gapWords: ReadonlySet<string>;
  /** Verb → the preposition after its object that makes the object someone who acts. */
  objectVerbs: ReadonlyMap<string, string>;
  /** Agent verbs and possessed nouns organizations do or own too: the tagger must take the word for a person. */
  orgsToo: ReadonlySet<string>;
  /** Nouns after a word (or its possessive) that show it names a company, body or place ("X shares"). */
  thingNouns: ReadonlySet<string>;
  /** Lower-case nouns right before a word that say what company, body or place it names ("broadcaster X"). */
  thingDescriptors: ReadonlySet<string>;
  /**
   * Prepositions after which a bare capitalised word is a place or a body ("at Thoiry"): the
   * mention words' place and motion prepositions, one list.
   */
  placePrepositions: ReadonlySet<string>;
  /** Verbs of stance whose object may be a person, where the tagger reads it as one ("endorsed X"). */
  stanceVerbs: ReadonlySet<string>;
  /** Noun of stance → the preposition that brings its object ("support for X", "criticism of X"). */
  stanceNouns: ReadonlyMap<string, string>;
  /** Offices a stance object may be backed for, which only people run for ("for president"). */
  offices: ReadonlySet<string>;
  /** Words after which a clause and its subject begin ('that', 'although'), besides the conjunctions. */
  clauseOpeners: ReadonlySet<string>;
  /** Words right after a capitalised word that show it is no subject ('Rindal of', 'Describing his'). */
  subjectBreakers: ReadonlySet<string>;
  /** Capitalised words that end a place's, body's or show's name, never a person's ('Hyde Park'). */
  notSurnames: ReadonlySet<string>;
  /** Auxiliary and modal verbs that may follow a subject ('has', 'would'). */
  auxiliaries: ReadonlySet<string>;
  /** Given names that are words too and open other names as often ('Art Deco', 'Abu Sayyaf'). */
  wordGivenNames: ReadonlySet<string>;
  /** Nouns of a stance toward someone that make a lone name after a copula someone ('is a critic of'). */
  predicateNouns: ReadonlySet<string>;
  /** Referring nouns things are called too ('a leader in'): no evidence after a copula. */
  sharedPredicates: ReadonlySet<string>;
  /** Acts and stances whose listed owner is someone ('Rindal’s attacks on the press'). */
  ownedStances: ReadonlySet<string>;
}

let cached: PersonSlots | undefined;

export function personSlots(): PersonSlots {
  if (cached !== undefined) return cached;
  const parsed = parseBundled(PersonSlotsSchema, slotsJson, 'person-slots.json');
  const places = mentionWords();
  cached = {
    agentVerbs: new Set(parsed.agentVerbs),
    possessedNouns: new Set(parsed.possessedNouns),
    notNames: new Set(parsed.notNames),
    gapWords: new Set(parsed.gapWords),
    objectVerbs: new Map(Object.entries(parsed.objectVerbs)),
    orgsToo: new Set(parsed.orgsToo),
    thingNouns: new Set(parsed.thingNouns),
    thingDescriptors: new Set(parsed.thingDescriptors),
    placePrepositions: new Set([...places.placePrepositions, ...places.motionPrepositions]),
    stanceVerbs: new Set(parsed.stanceVerbs),
    stanceNouns: new Map(Object.entries(parsed.stanceNouns)),
    offices: new Set(parsed.offices),
    clauseOpeners: new Set(parsed.clauseOpeners),
    subjectBreakers: new Set(parsed.subjectBreakers),
    notSurnames: new Set(parsed.notSurnames),
    auxiliaries: new Set(parsed.auxiliaries),
    wordGivenNames: new Set(parsed.wordGivenNames),
    predicateNouns: new Set(parsed.predicateNouns),
    sharedPredicates: new Set(parsed.sharedPredicates),
    ownedStances: new Set(parsed.ownedStances),
  };
  return cached;
}
