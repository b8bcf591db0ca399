import type { CueHit } from './cue-matches.js';
import { givesOnlyOccasion } from './occasion-object.js';
import { respectsOwnedThing } from './owned-deference.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "X provides an opportunity for Y", "X respected Y's rules": the object of a support verb names
 * no help to Y, only a chance or a piece of news handed over, or a thing of Y's that X abides by.
 */
export function unbackedObject(view: SentenceView, hit: CueHit): boolean {
  return givesOnlyOccasion(view, hit) || respectsOwnedThing(view, hit);
}
