import { speakerWords, type Gender } from '../lexicon/speaker-words.js';
import { givenNameGender } from '../stages/name-gender.js';
import { endCertainty } from './confidence.js';
import type { ActorRef } from './article-context.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);

/** How many tokens before the pronoun its person may stand. */
const REACH = 8;
/** How far before the pronoun a second person that it could stand for is looked for. */
const RIVAL_REACH = 16;

/**
 * "Trump repeated his praise of Y", "X was criticised for her attacks on Y": a personal
 * possessive before a stance noun points at the nearest person before it whose given name does
 * not contradict the pronoun ("X said Mary repeated his attacks on Y" is X's). An organization or
 * state nearer, or no such person within reach, gives nothing (undefined). A second person the
 * pronoun could stand for ("X told Y about extending his support to Z") makes it no one's for sure
 * (null), unless the nearer one is the object that "for" gives the reason of ("X praised Y for his
 * support of Z").
 */
export function personalPossessor(env: FrameEnv, cueToken: number): Side | null | undefined {
  const { view } = env;
  const gender = POSSESSIVE_PRONOUNS.get(view.words[cueToken - 1] ?? '');
  if (gender === undefined) return undefined;
  let found: Side | undefined;
  let foundAt = -1;
  for (let t = cueToken - 2; t >= Math.max(0, cueToken - 1 - RIVAL_REACH); t--) {
    if (found === undefined && t < cueToken - 1 - REACH) return undefined;
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    if (unit === undefined) continue;
    const actor = unit.actor;
    if (actor?.type !== 'Person') {
      if (found === undefined) return undefined;
      continue;
    }
    if (contradicts(env, actor, gender) || found?.actors[0]?.id === actor.id) continue;
    if (found !== undefined) return view.words[foundAt + 1] === 'for' ? found : null;
    const side = sideOf(view, u);
    if (side === undefined || side.actors.length !== 1) return undefined;
    found = { ...side, certainty: endCertainty('he-she') };
    foundAt = t;
  }
  return found;
}

/**
 * "Mary was criticised for his attacks on Y": a source found some other way (the clause's
 * subject) that "his"/"her" before the cue cannot stand for.
 */
export function possessiveContradicts(env: FrameEnv, cueToken: number, source: Side): boolean {
  const gender = POSSESSIVE_PRONOUNS.get(env.view.words[cueToken - 1] ?? '');
  if (gender === undefined) return false;
  return source.actors.some((actor) => actor.type !== 'Person' || contradicts(env, actor, gender));
}

function contradicts(env: FrameEnv, actor: ActorRef, gender: Gender): boolean {
  const given = givenNameGender(speakerWords(), env.ctx.entities.get(actor.id)?.name ?? '');
  return given !== undefined && given !== gender;
}
