import { z } from 'zod';
import { parseBundled } from './bundled.js';
import openersJson from './data/plural-openers.json' with { type: 'json' };

const PluralOpenersSchema = z.object({
  pluralOpeners: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
});

let cached: ReadonlySet<string> | undefined;

/**
 * Words besides the determiners (speaker-words.json) that make a capitalised word in "s" after
 * them a plural, not a possessive that lost its apostrophe ("the two Koreas", "both Chinas";
 * data/plural-openers.json). Read on first use.
 */
export function pluralOpeners(): ReadonlySet<string> {
  cached ??= new Set(
    parseBundled(PluralOpenersSchema, openersJson, 'plural-openers.json').pluralOpeners,
  );
  return cached;
}
