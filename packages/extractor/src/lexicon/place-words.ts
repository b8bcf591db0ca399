import { z } from 'zod';
import { parseBundled } from './bundled.js';
import placeWordsJson from './data/place-words.json' with { type: 'json' };

const PlaceWordsSchema = z.object({
  facilityHeads: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
});

/** Words that say a name names a place (data/place-words.json). */
export interface PlaceWords {
  /** Last words of the names of buildings and sites ('Museum', 'Cinema'): such a name is a Location. */
  facilityHeads: ReadonlySet<string>;
}

let cached: PlaceWords | undefined;

/** The bundled place words (read on first use, then shared). */
export function placeWords(): PlaceWords {
  if (cached !== undefined) return cached;
  const data = parseBundled(PlaceWordsSchema, placeWordsJson, 'place-words.json');
  cached = { facilityHeads: new Set(data.facilityHeads) };
  return cached;
}
