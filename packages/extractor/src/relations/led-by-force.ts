import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { frameWords } from './frame-words.js';
import { findSubject, opensClause, type Side } from './subject.js';
import { sideOf } from './target.js';
import { DETERMINERS, TENSE_AUXILIARIES, isAdverb } from './word-classes.js';

/**
 * Plain lower-case modifiers a led force may have before its head ("a military coalition",
 * "Saudi-led Arab military coalition"): shared by led-force.ts.
 */
export const MAX_MODIFIERS = 2;

/** A plain lower-case word at `t` that is part of no name: a led force's modifier or head. */
export function lowerWord(env: FrameEnv, t: number): boolean {
  return (env.view.unitAt[t] ?? -1) < 0 && /^\p{Ll}+$/u.test(env.view.words[t] ?? '');
}

/**
 * The leader of an unnamed force whose act a stance verb states: "a coalition led by X has been
 * fighting Y" (the force, then "led by X", opens the clause), "the coalition, led by X, attacked
 * Y", "X leads a coalition fighting Y" (a reduced relative on the force X leads: the subject of
 * the leading verb). Undefined for any other shape.
 */
export function leaderAround(env: FrameEnv, hit: CueHit): Side | undefined {
  const { view } = env;
  const words = view.words;
  const verb = hit.startToken;
  if (words[hit.endToken] === 'by') return undefined;
  const gerund = (words[verb] ?? '').endsWith('ing');
  let k = verb - 1;
  while (k >= 0 && (TENSE_AUXILIARIES.has(words[k] ?? '') || isAdverb(words[k] ?? ''))) k--;
  if (words[k] === ',') k--;
  const agent = view.units[view.unitAt[k] ?? -1];
  if (agent?.actor) return ledByAgent(env, agent.firstToken, verb, gerund && k === verb - 1);
  return gerund && k === verb - 1 ? ledObject(env, k) : undefined;
}

const LEADING = (): ReadonlySet<string> => frameWords().leadingVerbs;
const FORCES = (): ReadonlySet<string> => frameWords().ledForces;

/** "a coalition led by X has attacked Y": X, when the force phrase opens the clause. */
function ledByAgent(
  env: FrameEnv,
  first: number,
  verb: number,
  relative: boolean,
): Side | undefined {
  const { view } = env;
  if (view.words[first - 1] !== 'by' || !LEADING().has(view.words[first - 2] ?? ''))
    return undefined;
  let f = first - 3;
  if (view.words[f] === ',') f--;
  if (!FORCES().has(view.words[f] ?? '')) return undefined;
  const start = modifiersStart(env, f);
  const query = { ctx: env.ctx, cues: env.cues, view, cueToken: verb, reach: 'verb' as const };
  if (!relative && !opensClause(query, start)) return undefined;
  return sideOf(view, view.unitAt[first] ?? -1);
}

/** "X leads a coalition fighting Y": the subject of the leading verb before the force. */
function ledObject(env: FrameEnv, force: number): Side | undefined {
  const { view } = env;
  if (!FORCES().has(view.words[force] ?? '')) return undefined;
  let start = modifiersStart(env, force);
  if (DETERMINERS.has(view.words[start - 1] ?? '')) start--;
  const lead = start - 1;
  if (!LEADING().has(view.words[lead] ?? '')) return undefined;
  return findSubject({
    ctx: env.ctx,
    cues: env.cues,
    view,
    cueToken: lead,
    reach: 'verb',
    stanceVerbs: env.stanceVerbs,
  });
}

/** The first of up to two plain lower-case modifiers before the force noun at `force`. */
function modifiersStart(env: FrameEnv, force: number): number {
  const { view } = env;
  let t = force;
  while (
    t > force - MAX_MODIFIERS &&
    lowerWord(env, t - 1) &&
    !DETERMINERS.has(view.words[t - 1] ?? '') &&
    !LEADING().has(view.words[t - 1] ?? '')
  )
    t--;
  return t;
}
