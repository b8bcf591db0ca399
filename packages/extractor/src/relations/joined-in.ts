import { modifier } from './confidence.js';
import type { CueHit } from './cue-matches.js';
import { emitPairs, subjectOf, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { groupAfter } from './target.js';
import { isStance } from './structural.js';

const JOIN_FORMS: ReadonlySet<string> = new Set(['joined', 'joins', 'join', 'joining']);
/** How many words before "joined" its negation or modality is read from. */
const REACH = 6;

/**
 * "X joined Y in condemning Z", "X joins Y and W in backing Z": the ones joined take the stance
 * of the gerund, and so does the subject of "join" (which the verb frame misses after a list). Read only at a form of
 * "join" followed by an actor group, "in" and a stance verb cue; not when "join" is denied,
 * modal or proposed ("refused to join Y in ...", "may join Y in ...").
 */
export function joinedIn(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  const words = view.words;
  for (let j = 0; j < words.length - 3; j++) {
    if (!JOIN_FORMS.has(words[j] ?? '')) continue;
    const joined = groupAfter({
      cues: env.cues,
      view,
      from: j + 1,
      maxGap: 1,
      cueStarts: env.cueStarts,
    });
    if (joined === undefined || words[joined.lastToken + 1] !== 'in') continue;
    const hit = hits.find((h) => h.startToken === joined.lastToken + 2);
    const form = hit?.forms.find((f) => f.family.frame === 'verb' && isStance(f.family.relation));
    if (hit === undefined || form === undefined) continue;
    if (isNonFactual(env.cues, view, Math.max(0, j - REACH), j)) continue;
    const target = targetOf(env, hit, form);
    if (target === undefined || target.actors.some((a) => joined.actors.includes(a))) continue;
    const shared = { ...form, weight: form.weight * modifier('shared-subject') };
    emitPairs(env, shared, joined, target, hit);
    // The one who joins: the verb frame misses it when the joined ones are a list.
    const subject = subjectOf(env, { ...hit, startToken: j, endToken: j + 1 }, 'verb');
    if (subject === undefined || isNonFactual(env.cues, view, subject.firstToken, j)) continue;
    if (!subject.actors.some((a) => target.actors.includes(a)))
      emitPairs(env, shared, subject, target, hit);
  }
}
