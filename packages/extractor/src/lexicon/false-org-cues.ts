import { z } from 'zod';
import cuesJson from './data/false-org-cues.json' with { type: 'json' };
import { LowerWord, parseWordLists } from './word-lists.js';

const FalseOrgCuesSchema = z.object({
  negatingPrefixes: z.array(LowerWord).min(1),
  negatingSuffixes: z.array(LowerWord).min(1),
});

export interface FalseOrgCues {
  /** Hyphenated prefixes that turn a listed organization's name into another word ("neo-Nazi"). */
  negatingPrefixes: ReadonlySet<string>;
  /** Hyphenated suffixes that do the same after the name ("Nazi-free"). */
  negatingSuffixes: ReadonlySet<string>;
}

let cached: FalseOrgCues | undefined;

/** Cues that a name read as an organization is none (data/false-org-cues.json). */
export function falseOrgCues(): FalseOrgCues {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(FalseOrgCuesSchema, cuesJson, 'lexicon/data/false-org-cues.json');
  cached = {
    negatingPrefixes: new Set(lists.negatingPrefixes),
    negatingSuffixes: new Set(lists.negatingSuffixes),
  };
  return cached;
}
