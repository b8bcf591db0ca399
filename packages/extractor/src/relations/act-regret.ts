import { actEvaluationWords } from './act-evaluation-words.js';
import { relationConfidence } from './confidence.js';
import { emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { ownedActAt } from './owned-act.js';
import { isClaimedAct } from './reported-claim.js';
import { findSubject } from './subject.js';
import { POSSESSIVES } from './word-classes.js';

/**
 * "X lamented Y's decision to ...", "X bemoaned the move by Y": a verb of regret whose object is
 * an act a named actor owns opposes the owner. Only an owned act: what one laments of an actor
 * may be its loss or its need ("lamented the EU's need to catch up"), which is no stance. Not
 * when denied, modal, questioned, hypothetical or reported as another's claim.
 */
export function actRegret(env: FrameEnv): void {
  const { view } = env;
  const { regretVerbs } = actEvaluationWords();
  for (let verb = 1; verb < view.words.length - 2; verb++) {
    if (!regretVerbs.has(view.words[verb] ?? '')) continue;
    const act = ownedActAt(env, verb + 1);
    if (act === undefined) continue;
    const source = findSubject({
      ctx: env.ctx,
      cues: env.cues,
      view,
      cueToken: verb,
      reach: 'verb',
      stanceVerbs: env.stanceVerbs,
    });
    if (source === undefined || isNonFactual(env.cues, view, source.firstToken, verb)) continue;
    if (isClaimedAct(env.cues, view, source.firstToken, act.owner.firstToken)) continue;
    // "Y's decision lamented ...": what the actor owns regrets nothing.
    if (POSSESSIVES.has(view.words[source.lastToken + 1] ?? '')) continue;
    const confidence = relationConfidence({
      base: 'act-feeling',
      ends: [source.certainty, act.owner.certainty],
      modifiers: source.actors.length > 1 || act.owner.actors.length > 1 ? ['several-actors'] : [],
    });
    for (const s of source.actors)
      for (const o of act.owner.actors) if (s.id !== o.id) emit(env, 'OPPOSES', s, o, confidence);
  }
}
