import type { Span } from '@newsgraph/graph-schema';
import type { ActorRef } from './article-context.js';
import { strength } from './confidence.js';
import type { FrameEnv } from './frame-env.js';
import type { Candidate } from './relation-set.js';
import type { SentenceView } from './sentence-view.js';

/** How many sentences after "allied leaders" a "the leaders of A, B and C" may rename them. */
const WINDOW = 6;

interface Owner {
  /** The person or state whose allies the leaders are. */
  actor: ActorRef;
  sentence: number;
  evidence: Span;
}

/**
 * "President X said he would discuss the crisis with allied leaders ... X will meet the leaders
 * of A, B and C": the leaders X meets rename the allied leaders, so X's state is allied with A,
 * B and C. Also within one sentence: "X met allied leaders from A and B". The owner of "allied
 * leaders" is the nearest actor before it; the later sentence must name the same owner as the
 * nearest actor before "the leaders of", and the list must hold states only. A person's state is
 * the one a LEADS relation of the article gives them (observed as relations are emitted).
 */
export class AlliedLeaders {
  private readonly heads = new Map<string, ActorRef>();
  private owner: Owner | undefined;

  /** Notes the state a person heads. */
  observe(candidate: Candidate): void {
    if (candidate.type !== 'LEADS' || candidate.source.type !== 'Person') return;
    if (candidate.target.type === 'State') this.heads.set(candidate.source.id, candidate.target);
  }

  read(env: FrameEnv): void {
    const { view } = env;
    const index = view.sentence.index;
    if (this.owner !== undefined && index - this.owner.sentence > WINDOW) this.owner = undefined;
    const allied = view.words.indexOf('allied');
    if (allied >= 0 && view.words[allied + 1] === 'leaders') {
      const actor = actorBefore(view, allied);
      if (actor !== undefined) {
        this.owner = { actor, sentence: index, evidence: env.evidence };
        const listed = statesAfter(view, allied + 2);
        if (listed.length > 0) this.emitAll(env, listed, [env.evidence]);
        return;
      }
    }
    if (this.owner === undefined) return;
    const leaders = leadersOf(view);
    if (leaders < 0 || actorBefore(view, leaders)?.id !== this.owner.actor.id) return;
    const listed = statesAfter(view, leaders);
    if (listed.length > 1) this.emitAll(env, listed, [this.owner.evidence, env.evidence]);
  }

  private emitAll(env: FrameEnv, states: readonly ActorRef[], spans: readonly Span[]): void {
    const owner = this.owner?.actor;
    const source = owner?.type === 'Person' ? this.heads.get(owner.id) : owner;
    if (source?.type !== 'State') return;
    const confidence = strength('allied-leaders');
    for (const target of states)
      for (const evidence of spans)
        env.emit({ type: 'ALLIED_WITH', source, target, confidence, evidence });
  }
}

/** The nearest actor named before token `t`, no further back than the sentence's start. */
function actorBefore(view: SentenceView, t: number): ActorRef | undefined {
  for (let i = t - 1; i >= 0; i--) {
    const actor = view.units[view.unitAt[i] ?? -1]?.actor;
    if (actor !== undefined) return actor;
  }
  return undefined;
}

/** The token of "of"/"from" in "the leaders of", or -1. */
function leadersOf(view: SentenceView): number {
  const { words } = view;
  for (let t = words.indexOf('leaders'); t > 0; t = words.indexOf('leaders', t + 1))
    if (words[t - 1] === 'the' && words[t + 1] === 'of') return t + 1;
  return -1;
}

/**
 * The states listed right after `t` ("of"/"from" then the list: "of A, B, C and D"), or none
 * when anything but a state, a comma or "and" stands in the list.
 */
function statesAfter(view: SentenceView, t: number): ActorRef[] {
  const { words } = view;
  if (words[t] !== 'of' && words[t] !== 'from') return [];
  const states: ActorRef[] = [];
  for (let i = t + 1; i < words.length; i++) {
    const unit = view.units[view.unitAt[i] ?? -1];
    if (unit !== undefined) {
      if (unit.actor?.type !== 'State') return [];
      states.push(unit.actor);
      i = unit.lastToken;
      const next = words[i + 1];
      if (next === ',' && words[i + 2] === 'and') i++;
      else if (next !== ',' && next !== 'and') return states;
    } else if (words[i] !== ',' && words[i] !== 'and') return states;
  }
  return states;
}
