import { parseBundled } from './bundled.js';
import { z } from 'zod';
import competitionsJson from './data/competitions.json' with { type: 'json' };

const CompetitionsSchema = z.object({
  heads: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
  verbsBefore: z.array(z.string().regex(/^[a-z]+$/)),
  nounsAfter: z.array(z.string().regex(/^[a-z][a-z-]*$/)),
});

/** Words that say a league's name names a competition (data/competitions.json). */
export interface CompetitionWords {
  /** Last words of such names ("X League"). */
  heads: ReadonlySet<string>;
  /** Verbs before "for the" and the name ("qualified for the X League"). */
  verbsBefore: ReadonlySet<string>;
  /** Nouns right after the name that only a competition has ("the X League final"). */
  nounsAfter: ReadonlySet<string>;
}

let cached: CompetitionWords | undefined;

export function competitionWords(): CompetitionWords {
  if (cached !== undefined) return cached;
  const d = parseBundled(CompetitionsSchema, competitionsJson, 'lexicon/data/competitions.json');
  cached = {
    heads: new Set(d.heads),
    verbsBefore: new Set(d.verbsBefore),
    nounsAfter: new Set(d.nounsAfter),
  };
  return cached;
}
