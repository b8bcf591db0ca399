import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { ledForce } from './led-force.js';
import { ownedBacking } from './owned-backing.js';
import { sideAgainst } from './side-against.js';

/**
 * Stances a sentence states in passing, around another actor: the one sided with ("X sided with
 * Y against Z"), a force's leader ("the U.S.-led coalition against Y"), a backing's owner ("X won
 * Y's backing").
 */
export function passingStances(env: FrameEnv, hits: readonly CueHit[]): void {
  sideAgainst(env, hits);
  ledForce(env, hits);
  ownedBacking(env);
}
