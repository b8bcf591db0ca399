import { z } from 'zod';
import { parseBundled } from './bundled.js';
import conductJson from './data/conduct-nouns.json' with { type: 'json' };

const ConductNounsSchema = z.object({
  description: z.string(),
  nouns: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
});

let cached: ReadonlySet<string> | undefined;

/**
 * Nouns whose most frequent sense is what a person does, says, is or thinks ("answer", "visit",
 * "standing", "accusations"), not what firms and places own ("plant", "office", "shares"), from
 * WordNet (data/conduct-nouns.json, scripts/wordnet/conduct-nouns.mjs). Read on first use.
 */
export function conductNouns(): ReadonlySet<string> {
  cached ??= new Set(
    parseBundled(ConductNounsSchema, conductJson, 'lexicon/data/conduct-nouns.json').nouns,
  );
  return cached;
}
