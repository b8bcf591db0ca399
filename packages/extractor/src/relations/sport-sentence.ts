import type { RoleEnv } from './title-env.js';
import { hasSides, ownSide, sideMember, sportWords } from './sport-action.js';
import { sidesOf } from './preceding-club.js';

const WORD = /\p{Ll}[\p{Ll}-]*/gu;

/**
 * "Both X and Z were so wide that Y's attacks ...": in a sentence about a match (a word of the
 * pitch in it) that names exactly one side as its own, the people it names play for that side.
 */
export function sportSentenceMembers(env: RoleEnv): void {
  if (!hasSides(env)) return;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  // One side only: in "the match between Y and Z", "Y goalkeeper X ... get on Z's nerves" people
  // of either side are named.
  if (sidesOf(env, env.view.sentence.index).size !== 1) return;
  const people = mentions.filter((m) => m.type === 'Person' && m.role === undefined);
  if (people.length === 0) return;
  const { start, end } = env.view.sentence;
  const match = sportWords().match;
  const words = env.ctx.analysis.text.slice(start, end).match(WORD) ?? [];
  if (!words.some((w) => match.has(w))) return;
  for (const person of people) {
    // Only a player's own act reads its side from before when the sentence names only opponents.
    const side = ownSide(env, mentions, person, 'none');
    if (side !== undefined) sideMember(env, person, side);
  }
}
