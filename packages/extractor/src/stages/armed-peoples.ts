import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import { LowerWord } from '../lexicon/word-lists.js';
import armedJson from './armed-peoples.json' with { type: 'json' };

const ArmedSchema = z.object({
  adjectives: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u, 'expected one capitalised word')).min(1),
  nouns: z.array(LowerWord).min(1),
});

export interface ArmedPeoples {
  /** "Rohingya", "Tamil", "Maoist": a people, faith or movement an armed group is named by. */
  adjectives: ReadonlySet<string>;
  /** "insurgents", "rebels": the armed or militant collectives they name. */
  nouns: ReadonlySet<string>;
}

let cached: ArmedPeoples | undefined;

/** The word lists of armed-peoples.json, validated once. */
export function armedPeoples(): ArmedPeoples {
  if (cached !== undefined) return cached;
  const lists = parseBundled(ArmedSchema, armedJson, 'stages/armed-peoples.json');
  cached = { adjectives: new Set(lists.adjectives), nouns: new Set(lists.nouns) };
  return cached;
}

/** "Rohingya insurgents", "Tamil rebels": an adjective of armed-peoples.json, then one of its nouns. */
export function armedPeopleAt(adjective: string, noun: string): boolean {
  const lists = armedPeoples();
  return lists.adjectives.has(adjective) && lists.nouns.has(noun);
}
