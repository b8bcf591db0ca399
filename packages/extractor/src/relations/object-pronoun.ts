import { speakerWords, type Gender } from '../lexicon/speaker-words.js';
import { givenNameGender } from '../stages/name-gender.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { PREPOSITIONS, PUNCTUATION } from './word-classes.js';
import { endCertainty } from './confidence.js';
import { isStance } from './structural.js';

const OBJECT_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['him', 'male'],
  ['her', 'female'],
]);

/**
 * "Ruiz met Vidal, and Mota later accused him of lying": a stance verb whose object is "him" or
 * "her" points at the one person of that gender named before it in the sentence (besides the
 * subject), else at the one such person of the previous sentence. "her record" is a possessive
 * (read elsewhere); several candidates, or a given name of the other gender, give nothing.
 */
export function objectPronounTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const { view } = env;
  if (!isStance(form.family.relation)) return undefined;
  if (form.via !== undefined) return undefined;
  const at = hit.endToken;
  const gender = OBJECT_PRONOUNS.get(view.words[at] ?? '');
  // "called him out": a separable verb's particle, checked where the cue was matched, follows.
  const particleNext = form.family.particle !== undefined || form.family.particles !== undefined;
  if (gender === undefined || (!endsObject(view.words[at + 1]) && !particleNext)) return undefined;
  const own = new Set(source.actors.map((actor) => actor.id));
  const here = people(
    env.ctx,
    view.units.filter((u) => u.lastToken < source.firstToken).map((u) => u.mention.entityId),
    own,
    gender,
  );
  const found =
    here.size > 0
      ? here
      : people(
          env.ctx,
          (env.ctx.mentionsBySentence.get(view.sentence.index - 1) ?? []).map((m) => m.entityId),
          own,
          gender,
        );
  const [only] = found.values();
  if (found.size !== 1 || only === undefined) return undefined;
  return pronounSide(only, at);
}

/** The one actor a pronoun object at token `at` stands for, as the target side. */
export function pronounSide(actor: ActorRef, at: number): Side {
  return {
    actors: [actor],
    firstToken: at,
    lastToken: at,
    certainty: endCertainty('object-pronoun'),
  };
}

/** A pronoun ends the object: a preposition, punctuation, "and" or the sentence's end follows. */
export function endsObject(next: string | undefined): boolean {
  if (next === undefined || next === '.' || next === '!' || next === 'and') return true;
  return PUNCTUATION.test(next) || PREPOSITIONS.has(next);
}

/** The people among `ids`, other than `own`, whose given name does not contradict `gender`. */
function people(
  ctx: ArticleContext,
  ids: readonly string[],
  own: ReadonlySet<string>,
  gender: Gender,
): Map<string, ActorRef> {
  const found = new Map<string, ActorRef>();
  for (const id of ids) {
    const entity = ctx.entities.get(id);
    const actor = ctx.actor(id);
    if (entity?.type !== 'Person' || actor === undefined || own.has(id)) continue;
    const given = givenNameGender(speakerWords(), entity.name);
    if (given !== undefined && given !== gender) continue;
    found.set(id, actor);
  }
  return found;
}
