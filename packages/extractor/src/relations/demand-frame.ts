import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { commonConjunctBefore } from './common-conjunct.js';
import { demandIsObject } from './demand-object.js';
import { endedOwner } from './demand-end.js';
import { emitPairs, subjectOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { participleSubject } from './participle.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { governmentSide } from './government-anaphor.js';
import { DETERMINERS, isAdverb } from './word-classes.js';

/**
 * A demand that an actor give up what it does, or be removed: the one demanding opposes it.
 * "X urged Y to lift the restrictions", "X called on Y to stop detaining ...", "X demanded that
 * Y withdraw" (a verb of change from `demandedChanges` right after "to"); "X called for Y's
 * resignation", "X demanded the removal of Y", "X called for a boycott of Y", "X demanded an
 * apology from Y"
 * (`demandedNouns`). "asked Y to block Z from ..." (`demandedBlocks`) is aimed at Z; "urged Y
 * to join the talks" demands no change and gives nothing.
 */
export function demandFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view, cues } = env;
  if (form.shape === 'bare' && demandIsObject(view, hit.startToken)) return;
  const target = addressee(env, hit) ?? removed(env, hit) ?? endedOwner(env, hit.endToken);
  if (target === undefined) return;
  const source = subjectOf(env, hit, 'verb') ?? participleSubject(env, hit, form);
  if (source === undefined || isNonFactual(cues, view, source.firstToken, hit.startToken)) return;
  if (source.actors.some((a) => target.actors.some((b) => a.id === b.id))) return;
  emitPairs(env, form, source, target, hit);
}

/** "urged Y to stop ...", "demanded that Y withdraw": Y, when a change is demanded of it. */
function addressee(env: FrameEnv, hit: CueHit): Side | undefined {
  const { view, cues } = env;
  let t = hit.endToken;
  if (view.words[t] === 'that') t++;
  const the = t;
  if (view.words[t] === 'the') t++;
  // "urged the government to ...": only when no actor stands there.
  const side = actorSide(env, t) ?? governmentSide(env, the);
  if (side === undefined) return blockedByOther(env, t);
  let next = side.lastToken + 1;
  next += cues.context.representativeHeads.matchAt(view.words, next);
  next = pastCommonConjunct(env, next);
  if (view.words[next] === 'to') next++;
  if (isAdverb(view.words[next] ?? '')) next++;
  const change = cues.context.demandedChanges.matchAt(view.words, next);
  if (change === 0) return undefined;
  // "to stop Z": the change is done to Z, not given up by Y.
  let after = next + change;
  if (view.words[after] === 'the') after++;
  if ((view.unitAt[after] ?? -1) < 0) return side;
  // "asked the court to block Z from ...": the demand is aimed at Z.
  const blocked = cues.context.demandedBlocks.has(view.words[next] ?? '') && change === 1;
  return blocked ? actorSide(env, after) : undefined;
}

/**
 * "called on the UN and allied forces to halt ...": a second one asked, named by a common-noun
 * phrase (common-conjunct.ts), joins the first; the token of the "to" after it, or `at`.
 */
function pastCommonConjunct(env: FrameEnv, at: number): number {
  if (env.view.words[at] !== 'and') return at;
  const to = env.view.words.indexOf('to', at + 2);
  return to >= 0 && commonConjunctBefore(env.cues, env.view, at, to) ? to : at;
}

/** "asked a federal judge to block Z from ...": Z, when the one asked is no actor. */
function blockedByOther(env: FrameEnv, t: number): Side | undefined {
  const { view, cues } = env;
  if (!DETERMINERS.has(view.words[t] ?? '')) return undefined;
  for (let k = t + 1; k <= t + 4; k++) {
    const word = view.words[k] ?? '';
    if (word === 'to') {
      if (!cues.context.demandedBlocks.has(view.words[k + 1] ?? '')) return undefined;
      const at = view.words[k + 2] === 'the' ? k + 3 : k + 2;
      return actorSide(env, at);
    }
    if ((view.unitAt[k] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(word)) return undefined;
  }
  return undefined;
}

/** "called for Y's resignation", "demanded the removal of Y", "called for a boycott of Y". */
function removed(env: FrameEnv, hit: CueHit): Side | undefined {
  const { view, cues } = env;
  const nouns = cues.context.demandedNouns;
  const t = hit.endToken;
  const owner = actorSide(env, t);
  if (owner !== undefined) {
    const noun = owner.lastToken + 2;
    if (view.tokens[owner.lastToken]?.poss !== true) return undefined;
    const at = nouns.has(view.words[noun] ?? '') ? noun : noun + 1;
    return nouns.has(view.words[at] ?? '') ? owner : undefined;
  }
  let at = DETERMINERS.has(view.words[t] ?? '') ? t + 1 : t;
  if (!nouns.has(view.words[at] ?? '')) at++;
  if (!nouns.has(view.words[at] ?? '')) return undefined;
  // "demanded an apology from Y": the one to make it.
  if (!['of', 'against', 'on', 'from'].includes(view.words[at + 1] ?? '')) return undefined;
  const of = view.words[at + 2] === 'the' ? at + 3 : at + 2;
  return actorSide(env, of);
}

/** The actor group whose first unit starts at token `t`. */
function actorSide(env: FrameEnv, t: number): Side | undefined {
  const u = env.view.unitAt[t] ?? -1;
  const unit = env.view.units[u];
  if (unit === undefined || unit.firstToken !== t || !unit.actor) return undefined;
  return sideOf(env.view, u);
}
