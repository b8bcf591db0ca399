import { speakerWords, type Gender } from '../lexicon/speaker-words.js';
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

/**
 * "Trump repeated his praise of Y", "X was criticised for her attacks on Y": a personal
 * possessive before a stance noun points at the nearest person before it whose given name does
 * not contradict the pronoun ("X said Mary repeated his attacks on Y" is X's). An organization or
 * state nearer, or no such person within reach, gives nothing.
 */
export function personalPossessor(env: FrameEnv, cueToken: number): Side | undefined {
  const { view } = env;
  const gender = POSSESSIVE_PRONOUNS.get(view.words[cueToken - 1] ?? '');
  if (gender === undefined) return undefined;
  for (let t = cueToken - 2; t >= Math.max(0, cueToken - 1 - REACH); t--) {
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    if (unit === undefined) continue;
    const actor = unit.actor;
    if (actor?.type !== 'Person') return undefined;
    if (contradicts(env, actor, gender)) continue;
    const side = sideOf(view, u);
    if (side === undefined || side.actors.length !== 1) return undefined;
    return { ...side, certainty: endCertainty('he-she') };
  }
  return undefined;
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
  const name = env.ctx.entities.get(actor.id)?.name ?? '';
  const given = speakerWords().genderOf.get(name.split(' ')[0] ?? '');
  return given !== undefined && given !== gender;
}
