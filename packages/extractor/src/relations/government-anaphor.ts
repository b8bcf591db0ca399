import type { ActorRef, ArticleContext } from './article-context.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { policyWords } from './policy-owners.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { endCertainty } from './confidence.js';
import { describedNoun } from './described-body.js';
import { isStance } from './structural.js';

/**
 * The states whose government the article has named so far ("the Peruvian government", "Chile's
 * administration", "the government of Peru", a "UK Government" mention), so that a later "the
 * government" is the one state named so, nothing when two were, and the state the article is
 * about when none was and the sentence names no other state.
 */
export class NamedGovernments {
  private readonly named: { sentence: number; token: number; actor: ActorRef }[] = [];

  /** Records the governments a sentence names; call before its frames run. */
  record(view: SentenceView): void {
    for (const unit of view.units) {
      if (unit.actor?.type !== 'State') continue;
      const token = governmentToken(view, unit);
      if (token >= 0) this.named.push({ sentence: view.sentence.index, token, actor: unit.actor });
    }
  }

  /**
   * The one state whose government was named before token `token` of sentence `sentence`; when
   * none was, the state the article is about (named 3+ times, half again as often as any other).
   */
  stateBefore(ctx: ArticleContext, sentence: number, token: number): ActorRef | undefined {
    let found: ActorRef | undefined;
    for (const claim of this.named) {
      if (claim.sentence > sentence || (claim.sentence === sentence && claim.token >= token)) break;
      if (found !== undefined && found.id !== claim.actor.id) return undefined;
      found = claim.actor;
    }
    if (found !== undefined) return found;
    if (this.dominant === undefined) this.dominant = dominantState(ctx);
    const about = this.dominant ?? undefined;
    // Another state named in the sentence may be the one governed.
    const rival = (ctx.mentionsBySentence.get(sentence) ?? []).some(
      (m) => m.type === 'State' && m.entityId !== about?.id,
    );
    return rival ? undefined : about;
  }

  private dominant: ActorRef | null | undefined;
}

function dominantState(ctx: ArticleContext): ActorRef | null {
  let top: { id: string; count: number } | undefined;
  let second = 0;
  for (const [id, count] of ctx.mentionCounts) {
    if (ctx.entities.get(id)?.type !== 'State') continue;
    if (top === undefined || count > top.count) {
      second = top?.count ?? 0;
      top = { id, count };
    } else second = Math.max(second, count);
  }
  if (top === undefined || top.count < 3 || top.count < 1.5 * second) return null;
  return ctx.actor(top.id) ?? null;
}

/** Where a state's unit names its government: the noun after it, before it, or its own; else -1. */
function governmentToken(view: SentenceView, unit: Unit): number {
  const nouns = policyWords().governmentNouns;
  const { words } = view;
  const after =
    view.tokens[unit.lastToken]?.poss === true ? unit.lastToken + 2 : unit.lastToken + 1;
  if (nouns.has(words[after] ?? '')) return after;
  if (words[unit.firstToken - 1] === 'of' && nouns.has(words[unit.firstToken - 2] ?? ''))
    return unit.firstToken - 2;
  return nouns.has(words[unit.lastToken] ?? '') ? unit.lastToken : -1;
}

/** "the government" at token `t` ("the government's plan" too, not "the government of X"). */
export function governmentSide(env: FrameEnv, t: number): Side | undefined {
  const { view } = env;
  const governments = env.discourse?.governments;
  if (governments === undefined || view.words[t] !== 'the') return undefined;
  if (!policyWords().governmentNouns.has(view.words[t + 1] ?? '')) return undefined;
  // "the government of Peru" names its state; a unit there is a name ("the Government of Wales").
  if ((view.unitAt[t + 1] ?? -1) >= 0 || namedAfterOf(view, t + 2)) return undefined;
  const state = governments.stateBefore(env.ctx, view.sentence.index, t);
  if (state === undefined) return undefined;
  return {
    actors: [state],
    firstToken: t,
    lastToken: t + 1,
    certainty: endCertainty('government'),
  };
}

/** "of X" or "of the X" at `t`, X an actor. */
function namedAfterOf(view: SentenceView, t: number): boolean {
  if (view.words[t] !== 'of') return false;
  const at = view.words[t + 1] === 'the' ? t + 2 : t + 1;
  return (view.unitAt[at] ?? -1) >= 0;
}

/** "X criticised the government", "X accused the government of ...": the state it governs. */
export function governmentTarget(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.via !== undefined) return undefined;
  if (!isStance(form.family.relation)) return undefined;
  return governmentSide(env, hit.endToken);
}

/**
 * "The government rejected the claims", "X said the government had condemned Y": "the
 * government" opening the clause right before the verb (auxiliaries and adverbs between) acts.
 */
export function governmentSubject(env: FrameEnv, verb: number): Side | undefined {
  const noun = describedNoun(env, verb);
  return noun < 0 ? undefined : governmentSide(env, noun - 1);
}
