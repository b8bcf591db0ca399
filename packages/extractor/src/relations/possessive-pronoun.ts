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
  const at = pronounBefore(view, cueToken);
  const gender = POSSESSIVE_PRONOUNS.get(view.words[at] ?? '');
  if (gender === undefined) return undefined;
  let found: Side | undefined;
  let foundAt = -1;
  for (let t = at - 1; t >= Math.max(0, at - RIVAL_REACH); t--) {
    if (found === undefined && t < at - REACH) return undefined;
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

/** Plain modifiers that may stand between the pronoun and its noun ("his public criticism"). */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const MODIFIER_REACH = 2;

/**
 * Where "his"/"her" stands before the cue: right before it, or before up to two plain lower-case
 * modifiers that name no actor ("his public criticism of Y", "her repeated attacks on Y").
 */
function pronounBefore(view: FrameEnv['view'], cueToken: number): number {
  let t = cueToken - 1;
  for (let k = 0; k < MODIFIER_REACH; k++) {
    const word = view.words[t] ?? '';
    if (POSSESSIVE_PRONOUNS.has(word) || (view.unitAt[t] ?? -1) >= 0 || !MODIFIER.test(word)) break;
    t--;
  }
  return t;
}

/**
 * "Mary was criticised for his attacks on Y": a source found some other way (the clause's
 * subject) that "his"/"her" before the cue cannot stand for.
 */
export function possessiveContradicts(env: FrameEnv, cueToken: number, source: Side): boolean {
  const gender = POSSESSIVE_PRONOUNS.get(env.view.words[pronounBefore(env.view, cueToken)] ?? '');
  if (gender === undefined) return false;
  return source.actors.some((actor) => actor.type !== 'Person' || contradicts(env, actor, gender));
}

function contradicts(env: FrameEnv, actor: ActorRef, gender: Gender): boolean {
  const given = givenNameGender(speakerWords(), env.ctx.entities.get(actor.id)?.name ?? '');
  return given !== undefined && given !== gender;
}
