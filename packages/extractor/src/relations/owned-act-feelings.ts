import { actConcern } from './act-concern.js';
import { actRegret } from './act-regret.js';
import type { FrameEnv } from './frame-env.js';

/** Feelings stated about an act a named actor owns: concern, approval, being moved, regret. */
export function ownedActFeelings(env: FrameEnv): void {
  actConcern(env);
  actRegret(env);
}
