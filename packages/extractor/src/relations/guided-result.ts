import type { EntityRelationType } from '@newsgraph/graph-schema';
import type { CueForm } from './cue-lexicon.js';
import type { FrameEnv } from './frame-env.js';
import { CLUB_KINDS } from './preceding-club.js';
import { contestOutcomes } from './result-phrase.js';
import type { Side } from './subject.js';
import { organizationKind } from './title-generic.js';
import { OBJECT_BOUNDARIES } from './word-classes.js';

/** Words between "to" and the outcome's noun: "to their 11th straight victory". */
const REACH = 5;

/**
 * "X scored twice, leading Y to a 3-1 win", "X led Y to their third title": "lead" whose object
 * is followed by "to" and a contest's outcome tells a player's or coach's part in a game: X
 * belongs to Y (a coach is staff, GUIDELINES), but need not head it. Only sides that are clubs or of no known kind are read so: a party or a state led
 * "to victory" is led by its leader ("led the party to a third election win").
 */
export function guidedToResult(
  env: FrameEnv,
  form: CueForm,
  relation: EntityRelationType,
  target: Side,
): boolean {
  if (relation !== 'LEADS' || form.family.frame !== 'verb') return false;
  const { words } = env.view;
  if (words[target.lastToken + 1] !== 'to') return false;
  const sides = target.actors.every((a) => {
    if (a.type !== 'Organization') return false;
    const kind = organizationKind(env.ctx.entities.get(a.id));
    return kind === undefined || CLUB_KINDS.has(kind);
  });
  if (!sides) return false;
  const outcomes = contestOutcomes();
  const last = Math.min(words.length - 1, target.lastToken + 2 + REACH);
  for (let t = target.lastToken + 2; t <= last; t++) {
    const word = words[t] ?? '';
    if (outcomes.has(word)) return true;
    if (OBJECT_BOUNDARIES.has(word) || word === ',') return false;
  }
  return false;
}
