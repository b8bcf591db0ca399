import { z } from 'zod';
import { parseBundled } from './bundled.js';
import followerJson from './data/follower-nouns.json' with { type: 'json' };

const FollowerNounsSchema = z.object({
  followerNouns: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
});

let cached: ReadonlySet<string> | undefined;

/**
 * Nouns that, after a lone name on the list of people's names, make it someone's: "Okafor
 * supporters", "the Okafor campaign" (data/follower-nouns.json). Read on first use.
 */
export function followerNouns(): ReadonlySet<string> {
  if (cached !== undefined) return cached;
  cached = new Set(
    parseBundled(FollowerNounsSchema, followerJson, 'follower-nouns.json').followerNouns,
  );
  return cached;
}
