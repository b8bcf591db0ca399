import { relationConfidence } from './confidence.js';
import { emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { ownedBackingWords } from './owned-backing-words.js';
import { findSubject, type Side } from './subject.js';
import { sideOf } from './target.js';

/** Plain words between the owner and the backing noun ("Y's full, unconditional support"). */
const MAX_MODIFIERS = 2;

/**
 * "X won Y's backing", "X has Y's full support", "X secured Y's endorsement": the owner of a
 * backing the subject has or gained supports the subject. Read only when the gaining verb stands
 * right before the owner's name (or its "the"), and nothing modal, negated, asked or reported precedes it
 * ("X hopes to win Y's backing", "X does not have Y's support", "Z said X had Y's support").
 */
export function ownedBacking(env: FrameEnv): void {
  const { view } = env;
  const { gainingVerbs } = ownedBackingWords();
  view.units.forEach((unit, u) => {
    const verb = unit.firstToken - (view.words[unit.firstToken - 1] === 'the' ? 2 : 1);
    if (!unit.actor || !gainingVerbs.has(view.words[verb] ?? '')) return;
    if (view.tokens[unit.lastToken]?.poss !== true || !backingAfter(env, unit.lastToken + 1))
      return;
    const subject = findSubject({
      ctx: env.ctx,
      cues: env.cues,
      view,
      cueToken: verb,
      reach: 'verb',
      stanceVerbs: env.stanceVerbs,
    });
    const owner = sideOf(view, u);
    if (subject === undefined || owner === undefined || !factual(env, subject, verb)) return;
    const confidence = relationConfidence({
      base: 'owned-backing',
      ends: [owner.certainty, subject.certainty],
      modifiers: subject.actors.length > 1 ? ['several-actors'] : [],
    });
    for (const s of owner.actors)
      for (const o of subject.actors) if (s.id !== o.id) emit(env, 'SUPPORTS', s, o, confidence);
  });
}

/** The backing noun after the possessive, past "'s" and at most two plain modifiers. */
function backingAfter(env: FrameEnv, from: number): boolean {
  const { view } = env;
  let t = view.words[from] === "'s" ? from + 1 : from;
  for (let n = 0; n <= MAX_MODIFIERS; n++, t++) {
    const word = view.words[t] ?? '';
    if (ownedBackingWords().backingNouns.has(word)) return true;
    if ((view.unitAt[t] ?? -1) >= 0 || !/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  }
  return false;
}

/** Nothing before the verb in its clause makes the backing unreal or someone else's claim. */
function factual(env: FrameEnv, subject: Side, verb: number): boolean {
  const { view, cues } = env;
  if (isNonFactual(cues, view, subject.firstToken, verb)) return false;
  for (let t = 0; t < subject.firstToken; t++)
    if (cues.context.speechVerbs.has(view.words[t] ?? '')) return false;
  return true;
}
