import type { ActorRef } from './article-context.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { endsObject, pronounSide } from './object-pronoun.js';
import { isStance } from './structural.js';

/**
 * "Y listened while X denounced them", "X charged five Chinese officers, accusing them of ...": a
 * stance verb whose object is "them" points at the one state, organization or group named
 * before the verb in the same sentence, besides the subject. Two candidates, none, or another
 * person named before (it may stand for people) give nothing. "it" is not read: it stands for a
 * thing as often as for an actor ("the Greens abstained from the vote, while the Left voted
 * against it"); people are left to "him"/"her" (object-pronoun.ts).
 */
export function themObjectTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const { view } = env;
  if (!isStance(form.family.relation)) return undefined;
  const at = hit.endToken;
  if (form.via !== undefined || view.words[at] !== 'them') return undefined;
  if (!endsObject(view.words[at + 1])) return undefined;
  const own = new Set(source.actors.map((actor) => actor.id));
  const found = new Map<string, ActorRef>();
  for (const unit of view.units) {
    if (unit.lastToken >= hit.startToken) break;
    const actor = unit.actor;
    if (actor === undefined || own.has(actor.id)) continue;
    if (unit.firstToken >= source.firstToken && unit.lastToken <= source.lastToken) continue;
    // "them" may stand for people: another person named before leaves it unresolved.
    if (actor.type === 'Person') return undefined;
    found.set(actor.id, actor);
  }
  const [only] = found.values();
  if (found.size !== 1 || only === undefined) return undefined;
  return pronounSide(only, at);
}
