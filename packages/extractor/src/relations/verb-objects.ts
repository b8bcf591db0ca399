import type { ActorRef, ArticleContext } from './article-context.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { previousPerson } from './pronoun.js';
import type { Side } from './subject.js';
import { endCertainty } from './confidence.js';
import { OWNER_MARKERS, actAntecedentTarget } from './act-antecedents.js';
import { isStance } from './structural.js';

// Objects a verb cue reaches outside its own clause: owned proposals, discourse nouns, "his call".

/** "voted for the resolution": its author, named earlier ("a U.S.-drafted resolution"). */
export function ownedTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  if (!isStance(form.family.relation)) return undefined;
  const owner = env.owned?.ownerAt(env.cues, env.view, hit.endToken);
  if (owner === undefined || source.actors.some((actor) => actor.id === owner.id)) return undefined;
  return {
    actors: [owner],
    firstToken: hit.endToken,
    lastToken: hit.endToken + 1,
    certainty: endCertainty('owned-object'),
  };
}

/**
 * "Vietnam rejected the charge.", "Germany backed the move.": a stance on a step named by a
 * discourse noun, in a sentence that names no other actor, is a stance on the one actor the
 * previous sentence names besides the subject. Two candidates give nothing, and neither does a
 * step that actor may have undergone ("the sanctions", "the invasion": cues.json undergoneNouns).
 */
export function discourseTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const antecedent = actAntecedentTarget(env, hit, form, source);
  if (antecedent !== undefined) return antecedent;
  const { ctx, cues, view } = env;
  if (!isStance(form.family.relation)) return undefined;
  if (form.via !== undefined || view.words[hit.endToken] !== 'the') return undefined;
  // "the move", "the tariff increase": at most one plain word before the noun.
  let noun = hit.endToken + 1;
  if (!cues.context.discourseNouns.has(view.words[noun] ?? '')) noun++;
  const word = view.words[noun] ?? '';
  if (!cues.context.discourseNouns.has(word) || (view.unitAt[noun - 1] ?? -1) >= 0)
    return undefined;
  // "Russia faced sanctions. Hungary opposed the sanctions": the one actor named may be their target.
  if (cues.context.undergoneNouns.has(word)) return undefined;
  if (!/^\p{Ll}+$/u.test(view.words[hit.endToken + 1] ?? '')) return undefined;
  // "the move by X", "the decision of X", "the charge that X ...": the text says whose it is.
  if (OWNER_MARKERS.has(view.words[noun + 1] ?? '')) return undefined;
  const own = new Set(source.actors.map((actor) => actor.id));
  if (view.units.some((unit) => unit.actor !== undefined && !own.has(unit.actor.id)))
    return undefined;
  const actor = previousActor(ctx, view.sentence.index, own);
  if (actor === undefined) return undefined;
  return {
    actors: [actor],
    firstToken: hit.endToken,
    lastToken: noun,
    certainty: endCertainty('previous-actor'),
  };
}

/** "fighting in Syria": a name right after one of these is a place, not an actor. */
const PLACE_BEFORE =
  /(?:^|\s)(?:in|at|near|into|across|throughout|within|inside|to)\s+(?:the\s+)?$/iu;

/** The one actor the previous sentence names, other than `own`; undefined when not exactly one. */
function previousActor(
  ctx: ArticleContext,
  sentence: number,
  own: ReadonlySet<string>,
): ActorRef | undefined {
  const previous = ctx.analysis.sentences[sentence - 1];
  if (previous === undefined) return undefined;
  const found = new Map<string, ActorRef>();
  for (const mention of ctx.mentionsBySentence.get(sentence - 1) ?? []) {
    const actor = ctx.actor(mention.entityId);
    if (actor === undefined || own.has(actor.id)) continue;
    const before = ctx.analysis.text.slice(
      Math.max(previous.start, mention.start - 24),
      mention.start,
    );
    if (PLACE_BEFORE.test(before)) continue;
    found.set(actor.id, actor);
  }
  const [only] = found.values();
  return found.size === 1 ? only : undefined;
}

/**
 * "Germany and Spain backed his call": a stance on what "his"/"her" person owns is a stance on
 * the one person the previous sentence names. Not when the subject is a person ("X defended his
 * record" is about X).
 */
export function ownerPronounTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const { view } = env;
  const word = view.words[hit.endToken];
  if ((word !== 'his' && word !== 'her') || form.via !== undefined) return undefined;
  if (!isStance(form.family.relation)) return undefined;
  if (source.actors.some((actor) => actor.type === 'Person')) return undefined;
  const person = previousPerson(env.ctx, view.sentence.index);
  if (person === undefined) return undefined;
  return {
    actors: [person],
    firstToken: hit.endToken,
    lastToken: hit.endToken,
    certainty: endCertainty('previous-person'),
  };
}
