import type { RoleEnv } from './title-env.js';
import { hasSides, ownSide, sideMember, sportWords } from './sport-action.js';
import { sidesOf } from './preceding-club.js';
import { NOT_MEMBER_NOUNS } from './member-bodies.js';
import { PREPOSITIONS } from './word-classes.js';

const WORD = /\p{Ll}[\p{Ll}-]*/gu;
// The word right before a name: "former X", "retired X", "veteran X".
const WORD_BEFORE = /(\p{Ll}+)\s+$/u;
/** Words anywhere in a sentence naming no side that say a spell is over ("now retired"). */
const SPELL_OVER: ReadonlySet<string> = new Set(['former', 'retired', 'retirement', 'onetime']);

/**
 * "Both X and Z were so wide that Y's attacks ...": in a sentence about a match (a word of the
 * pitch in it) that names exactly one side as its own, the people it names play for that side.
 * A sentence about the pitch that names no side ("With X and Z sweeping into the defensive
 * line, ...") gives its people the side the sentence before names as its subject, else the side
 * the article is about (`ownSide`), in a sports report only; not to a person it names beside another actor (a state, a
 * body: "X, the Czech captain"), nor to one it calls former or retired.
 */
export function sportSentenceMembers(env: RoleEnv): void {
  if (!hasSides(env)) return;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  // One side only: in "the match between Y and Z", "Y goalkeeper X ... get on Z's nerves" people
  // of either side are named.
  const sides = sidesOf(env, env.view.sentence.index).size;
  // With no side named, only a sports report ties its people to a side from elsewhere.
  if (sides > 1 || (sides === 0 && env.ctx.analysis.sports !== 'teams')) return;
  const people = mentions.filter((m) => m.type === 'Person' && m.role === undefined);
  if (people.length === 0) return;
  // With no side named, a state or an organization beside the people may be the other side's.
  if (sides === 0 && people.length < mentions.length) return;
  const { start, end } = env.view.sentence;
  const text = env.ctx.analysis.text;
  const match = sportWords().match;
  const words = text.slice(start, end).match(WORD) ?? [];
  if (!words.some((w) => match.has(w))) return;
  if (sides === 0 && spellOver(text.slice(start, end))) return;
  for (const person of people) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(start, person.start - 20), person.start));
    if (sides === 0 && before !== null && looseTie(before[1] ?? '')) continue;
    // Only a player's own act reads its side from before when the sentence names only opponents.
    const side = ownSide(env, mentions, person, sides === 0 ? 'look-back' : 'none');
    if (side !== undefined) sideMember(env, person, side);
  }
}

/**
 * A word before a name in a sentence naming no side that leaves the person's side open: "former
 * X", "the likes of X", "fouled by X", "against X" ("with X and Z injured" opens the sentence).
 */
function looseTie(word: string): boolean {
  return NOT_MEMBER_NOUNS.has(word) || (word !== 'with' && PREPOSITIONS.has(word));
}

/** "now retired", "Former midfielder X": a sentence that says someone's spell is over. */
function spellOver(sentence: string): boolean {
  for (const word of sentence.toLowerCase().match(WORD) ?? [])
    if (SPELL_OVER.has(word)) return true;
  return false;
}
