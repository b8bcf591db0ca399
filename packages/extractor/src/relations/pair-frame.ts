import type { Span } from '@newsgraph/graph-schema';
import type { ActorRef } from './article-context.js';
import type { CompiledCues, CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { allianceUndone } from './alliance-undone.js';
import { isNonFactual } from './modality.js';
import type { Candidate } from './relation-set.js';
import type { SentenceView } from './sentence-view.js';
import { sideOf } from './target.js';
import { relationConfidence } from './confidence.js';

export interface PairEnv {
  cues: CompiledCues;
  view: SentenceView;
  evidence: Span;
  emit: (candidate: Candidate) => void;
}

/**
 * A relation between two parties named together with a noun of conflict or partnership: "a
 * row between France and Germany", "tensions between X and Y", "US-China tensions", "the
 * Russia-Ukraine war". OPPOSES is emitted both ways; a symmetric relation once per pair.
 */
export function pairFrame(env: PairEnv, hit: CueHit, form: CueForm): void {
  const { view, cues } = env;
  const actors = betweenPair(view, hit, form) ?? hyphenPair(view, hit);
  if (actors === undefined || actors.length < 2) return;
  const from = Math.max(0, hit.startToken - 4);
  if (isNonFactual(cues, view, from, hit.startToken)) return;
  const relation = form.family.relation;
  if (relation === 'ALLIED_WITH' && allianceUndone(view, from, hit.startToken)) return;
  const confidence = relationConfidence({
    base: form.weight,
    modifiers: [actors.length > 2 ? 'pair-of-many' : 'pair-of-two'],
  });
  for (const [i, a] of actors.entries()) {
    for (const b of actors.slice(i + 1)) {
      env.emit({ type: relation, source: a, target: b, confidence, evidence: env.evidence });
      if (relation === 'OPPOSES')
        env.emit({ type: relation, source: b, target: a, confidence, evidence: env.evidence });
    }
  }
}

/**
 * "... between X and Y" right after the cue, X and Y coordinated actors; an alliance also "of X
 * and Y" (a row "of" two parties is no phrase news uses).
 */
function betweenPair(view: SentenceView, hit: CueHit, form: CueForm): ActorRef[] | undefined {
  const word = view.words[hit.endToken];
  if (word !== 'between' && (word !== 'of' || form.family.relation !== 'ALLIED_WITH'))
    return undefined;
  const u = view.unitAt[hit.endToken + 1] ?? -1;
  if (u < 0) return undefined;
  return sideOf(view, u)?.actors;
}

/** "US-China tensions", "the Russia-Ukraine war", "US-China trade talks": X-Y glued before the cue. */
export function hyphenPair(view: SentenceView, hit: CueHit): ActorRef[] | undefined {
  let t = hit.startToken - 1;
  // One plain word may stand between the pair and the cue ("US-China trade war").
  if ((view.unitAt[t] ?? -1) < 0 && /^\p{Ll}+$/u.test(view.words[t] ?? '')) t--;
  const right = view.units[view.unitAt[t] ?? -1];
  if (right?.actor === undefined) return undefined;
  const dash = right.firstToken - 1;
  const left = view.units[view.unitAt[dash - 1] ?? -1];
  if (view.words[dash] !== '-' || left?.actor === undefined) return undefined;
  const glued =
    view.tokens[dash - 1]?.end === view.tokens[dash]?.start &&
    view.tokens[dash]?.end === view.tokens[dash + 1]?.start;
  if (!glued || left.actor.id === right.actor.id) return undefined;
  return [left.actor, right.actor];
}
