import type { EntityRelationType, Span } from '@newsgraph/graph-schema';
import type { ActorRef, ArticleContext } from './article-context.js';
import { relationConfidence } from './confidence.js';
import type { CompiledCues, CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { DiscourseOwners } from './discourse-owners.js';
import type { OwnedObjects } from './owned-objects.js';
import type { Candidate } from './relation-set.js';
import type { SentenceView } from './sentence-view.js';
import { findSubject, type Side, type SubjectReach } from './subject.js';
import { findTarget } from './target.js';
import { isBlocked } from './title-sense.js';
import { STRUCTURAL, isStance } from './structural.js';
import { stanceVoided } from './stance-voids.js';
import { guidedToResult } from './guided-result.js';
import { isClaimedAct } from './reported-claim.js';
import { isModifierEnd } from './modifier-ends.js';
import { isRegionSupported } from './target-place.js';
import { inTopicComplement, undergoneAfter } from './topic-complement.js';

// What every cue frame shares: the environment, where ends are looked for, and how pairs are emitted.

/** What a frame needs: the sentence, the cues, and where to put what it finds. */
export interface FrameEnv {
  ctx: ArticleContext;
  cues: CompiledCues;
  view: SentenceView;
  evidence: Span;
  cueStarts: ReadonlySet<number>;
  emit: (candidate: Candidate) => void;
  /** Token indices where any verb cue starts, past forms included. */
  stanceVerbs?: ReadonlySet<number>;
  /** Owners of the article's resolutions and proposals named so far. */
  owned?: OwnedObjects;
  /** Owners of the policies and the governments the article named so far. */
  discourse?: DiscourseOwners;
}

// A leaf module, so that modality checks can read it without importing the frames.
export { STRUCTURAL };

export const DEFAULT_GAP: Record<string, number> = {
  verb: 12,
  noun: 4,
  agent: 4,
  from: 2,
  hyphen: 3,
};

/**
 * Where a nominal cue's modality is read: the few words before it ("would face opposition
 * from"), not the whole clause, whose verb may be planned while the nominal is a fact ("plans to
 * end the EU's embargo on China").
 */
export function nearBefore(side: Side, hit: CueHit): number {
  return Math.max(side.firstToken, hit.startToken - 4);
}

export function subjectOf(env: FrameEnv, hit: CueHit, reach: SubjectReach): Side | undefined {
  return findSubject({
    ctx: env.ctx,
    cues: env.cues,
    view: env.view,
    cueToken: hit.startToken,
    reach,
    stanceVerbs: env.stanceVerbs,
  });
}

export function targetOf(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  const maxGap = form.family.maxGap ?? DEFAULT_GAP[form.family.frame] ?? 8;
  return findTarget({
    cues: env.cues,
    view: env.view,
    from: hit.endToken,
    maxGap,
    via: form.via,
    cueStarts: env.cueStarts,
    head: STRUCTURAL.has(form.family.relation),
    stanceVerbs: env.stanceVerbs,
    opposes: form.family.relation === 'OPPOSES',
  });
}

export function emitPairs(
  env: FrameEnv,
  form: CueForm,
  source: Side,
  target: Side,
  hit: CueHit,
): void {
  const at = { object: target.lastToken + 1, verb: hit.startToken, from: target.firstToken };
  if (stanceVoided(form.family.relation, env.view, at)) return;
  // "leading Y to a 3-1 win": a player's or coach's part, who belongs to Y but need not head it.
  const relation = guidedToResult(env, form, form.family.relation, target)
    ? 'MEMBER_OF'
    : form.family.relation;
  const first = Math.min(source.firstToken, hit.startToken, target.firstToken);
  if (isStance(form.family.relation) && isClaimedAct(env.cues, env.view, first, target.firstToken))
    return;
  // "the idea of Russia hosting Y was dismissed by X": a stance on the idea, not on Y.
  if (target.lastToken < hit.startToken && topicalBefore(env.view, target)) return;
  if (isRegionSupported(env.view, form.family.relation, target)) return;
  if (
    form.family.frame !== 'hyphen' &&
    (isModifierEnd(env.view, source) || isModifierEnd(env.view, target))
  )
    return;
  const distance = Math.max(
    0,
    target.firstToken - hit.endToken,
    hit.startToken - source.lastToken - 1,
  );
  const spread = source.actors.length > 1 || target.actors.length > 1;
  const confidence = relationConfidence({
    base: form.weight,
    ends: [source.certainty, target.certainty],
    modifiers: spread ? ['several-actors'] : [],
    distance,
  });
  for (const s of source.actors)
    for (const t of target.actors)
      if (admitsTarget(form, t, env.view.words[target.lastToken + 1]))
        emit(env, relation, s, t, confidence);
}

/**
 * The family allows this target: of a type it takes (`targetTypes`: "knocked Y", a person), not
 * followed by a particle that makes the verb another (`voidingParticles`: "knocked Y out").
 */
export function admitsTarget(form: CueForm, target: ActorRef, next: string | undefined): boolean {
  const { targetTypes, voidingParticles } = form.family;
  if (targetTypes !== undefined && !targetTypes.includes(target.type)) return false;
  return next === undefined || voidingParticles?.includes(next) !== true;
}

/**
 * A target before its cue that stands in a topic's complement or possesses what it undergoes:
 * "the idea of Russia hosting Y was dismissed by X", "Y's arrest was condemned by X".
 */
function topicalBefore(view: SentenceView, target: Side): boolean {
  return inTopicComplement(view, target.firstToken) || undergoneAfter(view, target.lastToken) >= 0;
}

export function emit(
  env: FrameEnv,
  type: EntityRelationType,
  source: ActorRef,
  target: ActorRef,
  confidence: number,
): void {
  env.emit({ type, source, target, confidence, evidence: env.evidence });
}

export function between(view: SentenceView, from: number, to: number): string {
  return view.sentenceText.slice(from - view.sentence.start, to - view.sentence.start);
}

export function blockedBetween(env: FrameEnv, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isBlocked(env.cues, env.view.words[t] ?? '')) return true;
  return false;
}
