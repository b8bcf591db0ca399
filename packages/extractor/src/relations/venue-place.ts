import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { actorAfterObject } from './venue-on.js';
import placeJson from './venue-place-words.json' with { type: 'json' };

const PlaceWordsSchema = z.object({
  description: z.string(),
  placePrepositions: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;
/** Prepositions of place (venue-place-words.json), validated once. */
export function placePrepositions(): ReadonlySet<string> {
  if (cached) return cached;
  const lists = parseWordLists(PlaceWordsSchema, placeJson, 'relations/venue-place-words.json');
  cached = new Set(lists.placePrepositions);
  return cached;
}

/**
 * "X assaulted a woman outside a Y fraternity house", "X attacked protesters near Y": after a
 * verb whose object is a phrase naming no actor, an actor after a preposition of place is where
 * the act was done, not its target. A cue that names its own preposition keeps it. Undefined for
 * such a place, else the target.
 */
export function placeAfterObject(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  target: Side,
): Side | undefined {
  if (form.via !== undefined) return target;
  const place = (word: string): boolean => placePrepositions().has(word);
  return actorAfterObject(env, hit, target, place) ? undefined : target;
}
