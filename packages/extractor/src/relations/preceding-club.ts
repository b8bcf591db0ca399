import type { Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';
import type { RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';

/** Organization kinds of a sports club or team (a national side's kind is 'team'). */
export const CLUB_KINDS: ReadonlySet<string> = new Set(['sport', 'team', 'club']);
/** How many sentences back a side named earlier still frames a player's noun. */
const LOOK_BACK = 2;
// Before the subject of a sentence: nothing, a quote mark, or one linking word ("But", "Still,").
const SUBJECT_START = /^[^\p{L}\d]*(?:\p{Lu}\p{Ll}*,?\s+)?(?:the\s+)?$/u;

/** The sports sides one sentence names (read once per sentence: later sentences look back). */
export function sidesOf(env: RoleEnv, sentence: number): ReadonlySet<string> {
  let known = sidesBySentence.get(env.ctx);
  if (known === undefined)
    sidesBySentence.set(env.ctx, (known = new Map<number, ReadonlySet<string>>()));
  let sides = known.get(sentence);
  if (sides === undefined) known.set(sentence, (sides = readSides(env, sentence)));
  return sides;
}

const sidesBySentence = new WeakMap<ArticleContext, Map<number, ReadonlySet<string>>>();

function readSides(env: RoleEnv, sentence: number): ReadonlySet<string> {
  const mentions = env.ctx.mentionsBySentence.get(sentence) ?? [];
  return new Set(
    mentions
      .filter((m) => CLUB_KINDS.has(organizationKind(env.ctx.entities.get(m.entityId)) ?? ''))
      .map((m) => m.entityId),
  );
}

/** The nearest sentence before (at most two back, within its paragraph) that names any side. */
export interface SidedSentence {
  index: number;
  sentence: Sentence;
  sides: ReadonlySet<string>;
}

export function nearestSidedSentence(env: RoleEnv): SidedSentence | undefined {
  const here = env.view.sentence;
  for (let index = here.index - 1; index >= here.index - LOOK_BACK; index--) {
    const sentence = env.ctx.analysis.sentences[index];
    if (sentence === undefined || sentence.paragraph !== here.paragraph) break;
    const sides = sidesOf(env, index);
    if (sides.size > 0) return { index, sentence, sides };
  }
  return undefined;
}

/**
 * "Hamburg were held again. 'We lacked ideas,' said coach X.": a sentence that names no side
 * reads a player's or coach's noun against the side of the nearest sentence before it that names
 * any side (nearestSidedSentence), and only when that sentence names exactly one and names it
 * first, as its subject: after "Hamburg beat Bremen", "striker X" belongs to neither, and after
 * "If they can get past Mainz", not to Mainz.
 */
export function precedingSides(env: RoleEnv): ReadonlySet<string> {
  const near = nearestSidedSentence(env);
  return near !== undefined && singleSubjectSide(env, near) ? near.sides : new Set();
}

/** The one side the sentence names, named first, as its subject. */
export function singleSubjectSide(env: RoleEnv, near: SidedSentence): boolean {
  const { index, sentence, sides } = near;
  const first = (env.ctx.mentionsBySentence.get(index) ?? []).find((m) => sides.has(m.entityId));
  const lead = first ? env.ctx.analysis.text.slice(sentence.start, first.start) : '';
  return sides.size === 1 && SUBJECT_START.test(lead);
}
