import type { EntityRelationType } from '@newsgraph/graph-schema';
import { refusedTalk } from './refused-talk.js';
import { resultBeforeTarget } from './result-phrase.js';
import { scoreVoids } from './score-report.js';
import type { SentenceView } from './sentence-view.js';
import { isStance } from './structural.js';

/** Where a cue's edge sits: the token after its object, the verb's token, the object's first. */
export interface VoidAt {
  object: number | undefined;
  verb: number;
  from?: number;
}

/**
 * The voids both emitters (frame-env's emitPairs, the clause frame) apply to a cue before
 * pairing its actors, in one place so that neither reads a void the other misses: a score or a
 * results line (score-report.ts), a refusal to talk about a matter (refused-talk.ts), and a match
 * result before the target ("sealed a 2-0 win for Y", result-phrase.ts).
 */
export function stanceVoided(
  relation: EntityRelationType,
  view: SentenceView,
  at: VoidAt,
): boolean {
  if (scoreVoids(relation, view, at)) return true;
  if (!isStance(relation)) return false;
  if (refusedTalk(view, at.verb)) return true;
  return at.from !== undefined && resultBeforeTarget(view, at.verb, at.from);
}
