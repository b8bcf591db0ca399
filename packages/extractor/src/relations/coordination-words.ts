import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './coordination-words.json' with { type: 'json' };

/**
 * Lower-case words ("&" among them) separated by single spaces: safe to join into a regular
 * expression's alternation as they are.
 */
const LowerPhrase = z
  .string()
  .regex(
    /^(?:\p{Ll}+|&)(?: (?:\p{Ll}+|&))*$/u,
    'expected lower-case words separated by single spaces',
  );

const CoordinationWordsSchema = z.object({
  description: z.string(),
  coordinators: z.array(LowerPhrase).min(1),
  partnerNouns: z.array(LowerWord).min(1),
  listOpeners: z.array(LowerPhrase).min(1),
  titlePremodifiers: z.array(LowerWord).min(1),
});

export interface CoordinationWords {
  /** "and", "as well as": between two actors, they join them into one group (regex alternation). */
  coordinators: string;
  /** "ally", "partners": "Russia and its ally Belarus" (regex alternation). */
  partnerNouns: string;
  /** "including", "such as": members of a group listed after them (regex alternation). */
  listOpeners: string;
  /** "former", "then": before a joined person's title ("and former President Y"; alternation). */
  titlePremodifiers: string;
}

let cached: CoordinationWords | undefined;

/** Words of the coordination rules (coordination-words.json), validated once. */
export function coordinationWords(): CoordinationWords {
  cached ??= readCoordinationWords(wordsJson);
  return cached;
}

/** `data` checked as coordination-words.json: CONFIG_INVALID naming the file and the entry if it does not fit. */
export function readCoordinationWords(data: unknown): CoordinationWords {
  const lists = parseWordLists(CoordinationWordsSchema, data, 'relations/coordination-words.json');
  return {
    coordinators: lists.coordinators.join('|'),
    partnerNouns: lists.partnerNouns.join('|'),
    listOpeners: lists.listOpeners.join('|'),
    titlePremodifiers: lists.titlePremodifiers.join('|'),
  };
}
