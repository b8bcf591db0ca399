import { z } from 'zod';
import { LowerWord, parseWordLists } from '../../lexicon/word-lists.js';
import ratedJson from './rated-judgements.json' with { type: 'json' };

/** One lower-case word, or two joined by a hyphen ("self-confident"). */
const RatedWord = z.string().regex(/^\p{Ll}+(?:-\p{Ll}+)?$/u, 'expected a lower-case word');

const RatedJudgementsSchema = z.object({
  ratings: z.record(RatedWord, z.number().min(-4).max(4)),
  increments: z.array(LowerWord).min(1),
  decrements: z.array(LowerWord).min(1),
});

export interface RatedJudgements {
  /** Adjective → VADER valence (-4..4); only strong ones are listed. */
  ratings: ReadonlyMap<string, number>;
  /** "very", "deeply": may stand before a judgement. */
  increments: ReadonlySet<string>;
  /** "hardly", "somewhat": a judgement after them is weakened, not said. */
  decrements: ReadonlySet<string>;
}

let cached: RatedJudgements | undefined;

/** The rated judgement words (vader/rated-judgements.json, from VADER), validated once. */
export function ratedJudgements(): RatedJudgements {
  cached ??= readRatedJudgements(ratedJson);
  return cached;
}

/** `data` checked as rated-judgements.json: CONFIG_INVALID naming the file and the entry if not. */
export function readRatedJudgements(data: unknown): RatedJudgements {
  const lists = parseWordLists(
    RatedJudgementsSchema,
    data,
    'relations/vader/rated-judgements.json',
  );
  return {
    ratings: new Map(Object.entries(lists.ratings)),
    increments: new Set(lists.increments),
    decrements: new Set(lists.decrements),
  };
}
