import type { CueHit } from './cue-matches.js';
import { emitPairs, subjectOf, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { groupAfter } from './target.js';

/**
 * "X sided with Y against Z", "X stood with Y against Z", "X backed Y against Z": a verb of
 * support whose object is followed by "against" sets the subject against the actor after it
 * (OPPOSES X → Z, at the support cue's strength). Read only for supporting verb cues whose
 * object is an actor followed right away by "against" and an actor.
 */
export function sideAgainst(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  if (!view.words.includes('against')) return;
  for (const hit of hits) {
    const form = hit.forms.find(
      (f) => f.family.frame === 'verb' && f.family.relation === 'SUPPORTS',
    );
    if (form === undefined) continue;
    const ally = targetOf(env, hit, form);
    if (ally === undefined || view.words[ally.lastToken + 1] !== 'against') continue;
    const rival = groupAfter({
      cues: env.cues,
      view,
      from: ally.lastToken + 2,
      maxGap: 1,
      cueStarts: env.cueStarts,
    });
    if (rival === undefined) continue;
    const source = subjectOf(env, hit, 'verb');
    if (source === undefined || isNonFactual(env.cues, view, source.firstToken, hit.startToken))
      continue;
    if (rival.actors.some((a) => source.actors.includes(a) || ally.actors.includes(a))) continue;
    emitPairs(
      env,
      { ...form, family: { ...form.family, relation: 'OPPOSES' } },
      source,
      rival,
      hit,
    );
  }
}
