import type { ActorRef } from './article-context.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { worseningWords } from './worsening-words.js';
import { isNonFactual } from './modality.js';
import { hyphenPair } from './pair-frame.js';
import { sideOf } from './target.js';
import { isAdverb } from './word-classes.js';
import { relationConfidence } from './confidence.js';

/** Most words between the pair and the word that says their relations went bad. */
const REACH = 4;

/**
 * Relations between two parties that went or are bad, each opposing the other: "relations between
 * X and Y soured", "X's ties with Y have deteriorated", "strained relations between X and Y",
 * "US-China relations have soured".
 * Relations that improved, or that did not worsen, give nothing.
 */
export function worseningFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  const pair = pairAround(env, hit);
  if (pair === undefined) return;
  const before = view.words[hit.startToken - 1] ?? '';
  if (!WORSENING.has(before) && !worsensAfter(env, pair.lastToken + 1)) return;
  if (isNonFactual(env.cues, view, Math.max(0, hit.startToken - 4), pair.lastToken + REACH + 1))
    return;
  const confidence = relationConfidence({ base: form.weight, modifiers: ['pair-of-two'] });
  const [a, b] = pair.actors;
  if (a === undefined || b === undefined || a.id === b.id) return;
  for (const [source, target] of [
    [a, b],
    [b, a],
  ] as const)
    env.emit({ type: form.family.relation, source, target, confidence, evidence: env.evidence });
}

const { worseningWords: WORSENING, changeGap: GAP } = worseningWords();

/** "X-Y" glued before the cue, "between X and Y" after it, or "X's ... with Y" around it. */
function pairAround(
  env: FrameEnv,
  hit: CueHit,
): { actors: ActorRef[]; lastToken: number } | undefined {
  const { view } = env;
  // "US-China relations have soured".
  const glued = hyphenPair(view, hit);
  if (glued !== undefined) return { actors: glued, lastToken: hit.endToken - 1 };
  const next = view.words[hit.endToken];
  const after = view.unitAt[hit.endToken + 1] ?? -1;
  if (after < 0) return undefined;
  const side = sideOf(view, after);
  if (side === undefined) return undefined;
  if (next === 'between')
    return side.actors.length === 2
      ? { actors: side.actors, lastToken: side.lastToken }
      : undefined;
  if (next !== 'with' || side.actors.length !== 1) return undefined;
  // "X's relations with Y": the possessive right before the cue (perhaps one adjective between).
  for (let t = hit.startToken - 1; t >= Math.max(0, hit.startToken - 2); t--) {
    if (view.tokens[t]?.poss !== true) continue;
    const owner = view.units[view.unitAt[t] ?? -1]?.actor;
    const [other] = side.actors;
    return owner && other ? { actors: [owner, other], lastToken: side.lastToken } : undefined;
  }
  return undefined;
}

/** A worsening word a few gap words or adverbs after the pair; not after "not" or "never". */
function worsensAfter(env: FrameEnv, from: number): boolean {
  const { words } = env.view;
  for (let t = from; t < from + REACH && t < words.length; t++) {
    const word = words[t] ?? '';
    if (WORSENING.has(word)) return true;
    if (!GAP.has(word) && !isAdverb(word)) return false;
  }
  return false;
}
