import { z } from 'zod';
import { parseBundled } from './bundled.js';
import personJson from './data/person-nouns.json' with { type: 'json' };

const PersonNounsSchema = z.object({
  description: z.string(),
  nouns: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
});

let cached: ReadonlySet<string> | undefined;

/**
 * Nouns that always name a kind of person and never one who acts for a state or body
 * ("bartender", "tourists", "novelist"), from WordNet (data/person-nouns.json,
 * scripts/wordnet/person-nouns.mjs). Read on first use.
 */
export function personNouns(): ReadonlySet<string> {
  cached ??= new Set(
    parseBundled(PersonNounsSchema, personJson, 'lexicon/data/person-nouns.json').nouns,
  );
  return cached;
}
