import type { Mention } from '../types.js';
import type { RoleEnv } from './title-env.js';
import { NOT_MEMBER_NOUNS } from './member-bodies.js';
import { SPORT_NOUNS } from './membership-people.js';
import { precedingSides, sidesOf } from './preceding-club.js';
import { dominantSide, sideMember } from './sport-action.js';

// "their Brazilian defender X", "striker X": a sport noun right before the name, one word before.
const NOUN_BEFORE = /(?:^|[^\p{L}’'-])(\p{L}[\p{L}-]*\s+)?(\p{Ll}[\p{Ll}-]*)\s+$/u;

/**
 * "Bayern are without their defender X", "Hertha's move is to bring back striker X": a player's
 * or coach's noun right before a name with no organization of its own gives the one club the
 * sentence names. Nothing when the sentence names two clubs, when an actor stands right before
 * the noun ("Germany coach X" is another rule's; a state's adjective after a determiner, as in
 * "their Brazilian defender X", is not) or after "former" and the like.
 */
export function sentenceClubMembers(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  // The clubs are read only once a player's noun is found: most sentences have none.
  let clubs: ReadonlySet<string> | undefined;
  const theClub = (): string | undefined => {
    if (clubs === undefined) {
      const own = sidesOf(env, env.view.sentence.index);
      clubs = own.size > 0 ? own : precedingSides(env);
      const main = clubs.size === 0 ? dominantSide(env) : undefined;
      if (main !== undefined) clubs = new Set([main]);
    }
    const [club] = clubs;
    return clubs.size === 1 ? club : undefined;
  };
  const text = env.ctx.analysis.text;
  mentions.forEach((person, i) => {
    if (person.type !== 'Person') return;
    const from = Math.max(mentions[i - 1]?.end ?? 0, env.view.sentence.start, person.start - 40);
    const match = NOUN_BEFORE.exec(text.slice(from, person.start));
    if (match === null || !SPORT_NOUNS.has(match[2] ?? '')) return;
    const before = (match[1] ?? '').trim().toLowerCase();
    const prev = mentions[i - 1];
    if (NOT_MEMBER_NOUNS.has(before)) return;
    const actorBefore = prev !== undefined && from === prev.end && prev.type !== 'Person';
    if (match.index === 0 && actorBefore && !demonym(text, prev)) return;
    const club = theClub();
    if (club !== undefined) sideMember(env, person, club);
  });
}

const LOOK_BACK = 40;

/** "their Brazilian defender X": a state's adjective after a determiner names no team. */
function demonym(text: string, mention: Mention): boolean {
  if (mention.type !== 'State') return false;
  // A few words back suffice; the text from its start would make this linear in the article.
  const before = text.slice(Math.max(0, mention.start - LOOK_BACK), mention.start);
  return /(?:^|[^\p{L}])(?:their|his|her|its|the|a|an)\s+$/iu.test(before);
}
