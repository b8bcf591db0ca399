import type { ActorRef } from './article-context.js';
import { relationConfidence } from './confidence.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { blockedBetween, emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';

/** Lower-case modifiers that may stand between "the" and the cue ("the long-time allies"). */
const MAX_MODIFIERS = 3;

/**
 * "The allies Britain and France sent ships", "between the long-time allies Russia and Belarus":
 * a plural ally cue owned by no one, right before a list of two or more actors, says each pair
 * of the list are allies. Only after "the" (or opening the sentence): "its allies X and Y" and
 * "NATO allies X and Y" are the premodifier frame's, "former allies" say what no longer holds.
 */
export function namedAllies(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  if (form.family.relation !== 'ALLIED_WITH' || view.words[hit.endToken - 1] !== 'allies') return;
  const opener = openerBefore(env, hit.startToken);
  if (opener === undefined || blockedBetween(env, opener + 1, hit.startToken)) return;
  const u = view.unitAt[hit.endToken] ?? -1;
  if (!view.units[u]?.actor) return;
  const list = sideOf(view, u);
  if (list === undefined || list.actors.length < 2) return;
  if (isNonFactual(env.cues, view, Math.max(0, opener), hit.startToken)) return;
  emitEveryPair(env, form, list.actors, list.certainty);
}

/**
 * The cue's relation between every pair of `actors`, a group that shares it ("France and Germany
 * are allies"); an OPPOSES goes both ways.
 */
export function emitEveryPair(
  env: FrameEnv,
  form: CueForm,
  actors: readonly ActorRef[],
  certainty: number,
): void {
  const relation = form.family.relation;
  const confidence = relationConfidence({
    base: form.weight,
    ends: [certainty],
    modifiers: ['mutual-group'],
  });
  for (const [i, a] of actors.entries()) {
    for (const b of actors.slice(i + 1)) {
      emit(env, relation, a, b, confidence);
      if (relation === 'OPPOSES') emit(env, 'OPPOSES', b, a, confidence);
    }
  }
}

/**
 * The "the" opening the cue's phrase, past a few modifiers ("the long-time allies"), or -1 when
 * the bare cue opens the sentence ("Allies X and Y ...").
 */
function openerBefore(env: FrameEnv, cueToken: number): number | undefined {
  const { words, unitAt } = env.view;
  if (cueToken === 0) return -1;
  let t = cueToken - 1;
  for (let k = 0; k < MAX_MODIFIERS && words[t] !== 'the'; t--) {
    const word = words[t] ?? '';
    if ((unitAt[t] ?? -1) >= 0) return undefined;
    if (word === '-') continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return undefined;
    k++;
  }
  return words[t] === 'the' ? t : undefined;
}

/**
 * "Germany and Turkey, both NATO allies,", "NATO allies Germany and Turkey": the states an
 * organization's plural ally cue names are allies of each other too, as "Germany and Turkey are
 * NATO allies" says (the mutual frame).
 */
export function fellowAllies(env: FrameEnv, hit: CueHit, form: CueForm, members: Side): void {
  if (form.family.relation !== 'ALLIED_WITH' || env.view.words[hit.endToken - 1] !== 'allies')
    return;
  const states = members.actors.filter((actor) => actor.type === 'State');
  if (states.length < 2) return;
  emitEveryPair(env, form, states, members.certainty);
}
