import type { Mention } from '../types.js';
import type { RoleEnv } from './title-env.js';
import { SPORT_NOUNS } from './membership-people.js';
import { hasSides, isSubject, nationalTeam, ownSide, sideMember } from './sport-action.js';
import { sidesOf } from './preceding-club.js';

// A player's noun in the plural, then what opens a list: "two top strikers, X and Y", "senior
// players out injured too: X, Y and Z", "young forwards - X and Y", "stars like X, Y".
const PLURAL_NOUN_THEN =
  /(\p{Ll}[\p{Ll}-]*)s\b([^.;"“”]{0,24}?)(?::|\s[-–—]|,|\blike|\bsuch as|\bincluding)\s*$/u;
// Between two people of the list: a comma, "and", a dash.
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|[-–—]\s*)$/u;
const LOOK_BACK = 60;

/**
 * "Hertha have two young forwards - X and Y", "we have players - X, Y, Z": the people of a list
 * that a player's or coach's noun in the plural opens belong to the sentence's own side (or the
 * side the sentence before names as subject, or the side the article is about).
 */
export function sportListMembers(env: RoleEnv): void {
  if (!hasSides(env)) return;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  let side: string | undefined | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const head = mentions[i];
    if (head?.type !== 'Person') continue;
    const from = Math.max(
      mentions[i - 1]?.end ?? 0,
      env.view.sentence.start,
      head.start - LOOK_BACK,
    );
    const lead = text.slice(from, head.start);
    // The plural "s" first: most leads have none before their last word.
    if (!lead.includes('s')) continue;
    const match = PLURAL_NOUN_THEN.exec(lead);
    if (match === null || !SPORT_NOUNS.has(match[1] ?? '')) continue;
    const list = listFrom(text, mentions, i);
    if (side === null) side = ownSide(env, mentions, head);
    if (side === undefined) return;
    for (const person of list) sideMember(env, person, side);
    i += list.length - 1;
  }
}

// "With X, Y and Z all enjoying retirement, ": the fronted phrase opens the sentence.
const WITH_START = /^[^\p{L}]*With\s+$/u;
// The rest of the fronted phrase, up to its comma, then the main clause's first words.
const PHRASE_REST = /^[^,.;:"“”]{1,80},\s+(?:the\s+)?$/u;

/**
 * "With X, Y and Z all enjoying international retirement, Y has lost great players": the people
 * a fronted "with" phrase lists belong to the side the main clause opens with, its subject.
 */
export function frontedWithMembers(env: RoleEnv): void {
  if (!hasSides(env)) return;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const head = mentions[0];
  if (head?.type !== 'Person') return;
  const text = env.ctx.analysis.text;
  if (!WITH_START.test(text.slice(env.view.sentence.start, head.start))) return;
  const list = listFrom(text, mentions, 0);
  const last = list.at(-1);
  const side = mentions[list.length];
  if (last === undefined || side === undefined) return;
  const team = sidesOf(env, env.view.sentence.index).has(side.entityId)
    ? side.entityId
    : nationalTeam(env, side);
  if (team === undefined || !PHRASE_REST.test(text.slice(last.end, side.start))) return;
  if (!isSubject(env, side, text.lastIndexOf(',', side.start) + 1)) return;
  for (const person of list) sideMember(env, person, team);
}

/** The people of the list that starts at mention `first`: "X, Y and Z". */
function listFrom(text: string, mentions: readonly Mention[], first: number): Mention[] {
  const list: Mention[] = [];
  for (let i = first; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention?.type !== 'Person') break;
    const prev = list.at(-1);
    if (prev !== undefined && !LIST_GAP.test(text.slice(prev.end, mention.start))) break;
    list.push(mention);
  }
  return list;
}
