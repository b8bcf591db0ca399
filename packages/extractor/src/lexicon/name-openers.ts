import { z } from 'zod';
import { parseBundled } from './bundled.js';
import openersJson from './data/name-openers.json' with { type: 'json' };

const NameOpenersSchema = z.object({ openers: z.array(z.string().regex(/^[a-z]+$/)) });

let cached: ReadonlySet<string> | undefined;

/** Nouns for a person's occupation that a capital before a name leaves outside it (data/name-openers.json). */
export function nameOpeners(): ReadonlySet<string> {
  cached ??= new Set(
    parseBundled(NameOpenersSchema, openersJson, 'lexicon/data/name-openers.json').openers,
  );
  return cached;
}
