import type { CueHit } from './cue-matches.js';
import { isQuoteMark } from './quoted-predicate.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "X praised the brilliant Y", "X praised 'fantastic' Y": a judging word right before an actor
 * (a quote mark may close it) describes that actor inside the object; it ends no object, so a
 * verb before it still reaches the actor. Only cues that are judgements and nothing else.
 */
export function isAttributiveJudgement(view: SentenceView, hit: CueHit): boolean {
  if (!hit.forms.every((form) => form.family.frame === 'evaluation')) return false;
  const next = isQuoteMark(view.words[hit.endToken] ?? '') ? hit.endToken + 1 : hit.endToken;
  return view.units[view.unitAt[next] ?? -1]?.actor !== undefined;
}
