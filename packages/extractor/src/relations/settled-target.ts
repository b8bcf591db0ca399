import { pastAddressee } from './addressee-about.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { venueAfterObject } from './venue-on.js';
import { placeAfterObject } from './venue-place.js';
import { warnedAbout } from './warned-about.js';

/**
 * The verb frame's target after the readings that move or drop it: the one spoken to ("complained
 * to Z about Y"), the one warned about something else ("warned Z about the danger of Y"), and a
 * venue after the verb's own object ("denounced the torture on Y", "attacked a woman outside Y").
 */
export function settledTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  found: Side,
): Side | undefined {
  const addressed = pastAddressee(env, hit, form, found);
  const told = addressed && warnedAbout(env, hit, form, addressed);
  const unplaced = told && venueAfterObject(env, hit, form, told);
  return unplaced && placeAfterObject(env, hit, form, unplaced);
}
