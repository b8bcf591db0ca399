import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { STRUCTURAL, emitPairs, targetOf, type FrameEnv } from './frame-env.js';
import { frameWords } from './frame-words.js';
import { isNonFactual } from './modality.js';
import type { Side } from './subject.js';
import { opensClause } from './subject.js';
import { sideOf } from './target.js';
import { MAX_MODIFIERS, leaderAround, lowerWord } from './led-by-force.js';
import { TENSE_AUXILIARIES, isAdverb } from './word-classes.js';

/** How far back a modal, negator or question word voids the force's act ("a possible US-led campaign against Y"). */
const LOOK_BACK = 4;

/**
 * "the U.S.-led coalition against Islamic State", "a Saudi-led war against Y", "the Saudi-led
 * coalition fighting Y", "Saudi-led forces have attacked Y": an unnamed force or campaign that
 * "X-led" names the leader of takes its stance for X (X leads it; it is no entity of its own, so
 * its leader is the one acting). Read for a stance noun right after "X-led" and its modifiers, and
 * for a stance verb whose subject that force is, or that heads a reduced relative on it
 * ("coalition fighting Y"); a passive participle ("the coalition backed by Y") is not its act.
 * The same holds for a force "led by X" and one X leads (`led-by-force.ts`).
 */
export function ledForce(env: FrameEnv, hits: readonly CueHit[]): void {
  for (const led of hits) {
    const leader = leaderOf(env, led);
    if (leader === undefined) continue;
    for (const hit of hits) {
      if (hit.startToken < led.endToken) continue;
      const form = stanceForm(hit);
      if (form !== undefined && actsForLeader(env, led, hit, form))
        emitForLeader(env, leader, hit, form);
    }
  }
  // "a coalition led by X has been fighting Y", "X leads a coalition fighting Y".
  for (const hit of hits) {
    const form = stanceForm(hit);
    if (form?.family.frame !== 'verb') continue;
    const leader = leaderAround(env, hit);
    if (leader !== undefined) emitForLeader(env, leader, hit, form);
  }
}

function emitForLeader(env: FrameEnv, leader: Side, hit: CueHit, form: CueForm): void {
  const target = targetOf(env, hit, form);
  if (target === undefined || target.actors.some((a) => leader.actors.includes(a))) return;
  // "against Yemen's Houthi rebels": the force fights what the name owns, not the name.
  if (env.view.tokens[target.lastToken]?.poss === true) return;
  if (factual(env, leader, hit)) emitPairs(env, form, leader, target, hit);
}

/**
 * Said with no modal, negator or question ("will not join a US-led coalition against Y"), of a
 * force that exists ("a possible US-led coalition"), and not reported as what someone said
 * ("Iran said the US-led coalition attacked Y").
 */
function factual(env: FrameEnv, leader: Side, hit: CueHit): boolean {
  const { view, cues } = env;
  const from = Math.max(0, leader.firstToken - LOOK_BACK);
  if (isNonFactual(cues, view, from, hit.startToken)) return false;
  for (let t = from; t < leader.firstToken; t++)
    if (frameWords().unrealisedModifiers.has(view.words[t] ?? '')) return false;
  for (let t = 0; t < leader.firstToken; t++) {
    const word = view.words[t] ?? '';
    if (cues.context.speechVerbs.has(word)) return false;
    if (word === 'according' && view.words[t + 1] === 'to') return false;
  }
  return true;
}

/** The actor glued before a "-led" cue (the LEADS hyphen family). */
function leaderOf(env: FrameEnv, led: CueHit): Side | undefined {
  if (led.glued !== 'hyphen' || !led.forms.some((f) => f.family.relation === 'LEADS')) return;
  const u = env.view.units.findIndex((unit) => unit.end === led.start);
  return u >= 0 && env.view.units[u]?.actor ? sideOf(env.view, u) : undefined;
}

function stanceForm(hit: CueHit): CueForm | undefined {
  return hit.forms.find(
    (f) =>
      (f.family.frame === 'noun' || f.family.frame === 'verb') &&
      !STRUCTURAL.has(f.family.relation) &&
      f.cameo === undefined,
  );
}

/** The cue is the led noun itself, or the act of a led force that is its subject. */
function actsForLeader(env: FrameEnv, led: CueHit, hit: CueHit, form: CueForm): boolean {
  const { view } = env;
  const verb = hit.startToken;
  if (form.family.frame === 'noun') {
    let t = led.endToken;
    while (t < verb && t < led.endToken + MAX_MODIFIERS && lowerWord(env, t)) t++;
    return t === verb;
  }
  const head = forceHead(env, led.endToken, verb);
  if (head < 0 || view.words[hit.endToken] === 'by') return false;
  // "the coalition fighting Y": a reduced relative on the force.
  if (verb === head + 1 && (view.words[verb] ?? '').endsWith('ing')) return true;
  for (let k = head + 1; k < verb; k++) {
    const word = view.words[k] ?? '';
    if (!TENSE_AUXILIARIES.has(word) && !isAdverb(word)) return false;
  }
  const unit = view.units[view.unitAt[led.startToken - 1] ?? -1];
  if (unit === undefined) return false;
  const query = { ctx: env.ctx, cues: env.cues, view, cueToken: verb, reach: 'verb' as const };
  return opensClause(query, unit.firstToken);
}

/** The last force noun among the few lower-case words after "X-led" and before the verb; -1 if none. */
function forceHead(env: FrameEnv, from: number, verb: number): number {
  let head = -1;
  for (let t = from; t < verb && t <= from + MAX_MODIFIERS && lowerWord(env, t); t++)
    if (frameWords().ledForces.has(env.view.words[t] ?? '')) head = t;
  return head;
}
