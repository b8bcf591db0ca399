import { z } from 'zod';
import type { Mention } from '../types.js';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import { emitRole, type RoleEnv } from './title-env.js';
import type { ArticleContext } from './article-context.js';
import { CLUB_KINDS, nearestSidedSentence, sidesOf, singleSubjectSide } from './preceding-club.js';
import { organizationKind } from './title-generic.js';
import { SPORT_NOUNS } from './membership-people.js';
import { strength } from './confidence.js';
import actionJson from './sport-action.json' with { type: 'json' };

const ActionWordsSchema = z.object({
  actionVerbs: z.array(LowerWord).min(1),
  auxiliaries: z.array(LowerWord).min(1),
  actionNouns: z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u)).min(1),
  opponentWords: z.array(LowerWord).min(1),
  modifiedNouns: z.array(LowerWord).min(1),
  matchWords: z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u)).min(1),
  quarrelVerbs: z.array(LowerWord).min(1),
});
interface ActionWords {
  verbs: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  opponents: ReadonlySet<string>;
  modified: ReadonlySet<string>;
  match: ReadonlySet<string>;
  /** "clashed", "sparred": a quarrel's verbs that report a match beside a match word. */
  quarrels: ReadonlySet<string>;
}
let actionWords: ActionWords | undefined;
export function sportWords(): ActionWords {
  if (actionWords) return actionWords;
  const lists = parseWordLists(ActionWordsSchema, actionJson, 'relations/sport-action.json');
  actionWords = {
    verbs: new Set(lists.actionVerbs),
    auxiliaries: new Set(lists.auxiliaries),
    nouns: new Set(lists.actionNouns),
    opponents: new Set(lists.opponentWords),
    modified: new Set(lists.modifiedNouns),
    match: new Set(lists.matchWords),
    quarrels: new Set(lists.quarrelVerbs),
  };
  return actionWords;
}

/**
 * "X and Y clashed in the qualifier": a quarrel's verb at `at` in a sentence (its lower-case
 * words) with a word of the pitch in it ("match", "goal", "qualifier", "season") reports play.
 */
export function isMatchQuarrel(words: readonly string[], at: number): boolean {
  const { quarrels, match } = sportWords();
  if (!quarrels.has(words[at] ?? '')) return false;
  for (const word of words) if (match.has(word)) return true;
  return false;
}

// Up to three lower-case words right after a name: "X was later substituted", "X scored",
// "X, who has scored".
const WORDS_AFTER = /^(?:,\s+who)?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u;
// "X's header", "X's late equalizer": the possessive, perhaps one adjective, the noun.
const POSSESSIVE_NOUN = /^['’]s?\s+(?:(\p{Ll}+)\s+)?(\p{Ll}[\p{Ll}-]*)/u;
// The word right before a side: "against Y", "past the Y keeper".
const WORD_BEFORE = /(\p{L}+)\.?\s+(?:the\s+)?$/u;
const LOOK_AHEAD = 40;

/**
 * "X scored twice for Y", "X was substituted", "X's header gave Y the lead": a person who does
 * what only a player does in a match belongs to the one side the sentence names as its own (not
 * after "against", "past", "beat" ...), to the one side named after "for", or, in a sentence that
 * names none, to the side the sentence before names as its subject (precedingSides).
 */
export function sportActionMembers(env: RoleEnv): void {
  if (!hasSides(env)) return;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  for (const person of mentions) {
    if (person.type !== 'Person') continue;
    const after = text.slice(person.end, person.end + LOOK_AHEAD);
    if (!actsAsPlayer(after)) continue;
    const side = ownSide(env, mentions, person);
    if (side !== undefined) sideMember(env, person, side);
  }
}

function actsAsPlayer(after: string): boolean {
  const { verbs, auxiliaries, nouns } = sportWords();
  const first = after.charAt(0);
  if (first === "'" || first === '’') {
    const match = POSSESSIVE_NOUN.exec(after);
    // The optional adjective may have taken the noun: "X's header gave" reads "header" first.
    return match !== null && (nouns.has(match[1] ?? '') || nouns.has(match[2] ?? ''));
  }
  const match = WORDS_AFTER.exec(after);
  if (match === null) return false;
  for (const word of match.slice(1)) {
    if (word === undefined) return false;
    if (verbs.has(word)) return true;
    if (!auxiliaries.has(word)) return false;
  }
  return false;
}

/**
 * The side a person of the sentence plays for: the one named after "for"; else the one side named
 * after the person and not as an opponent ("X scored Y's second", not "X scored against Y"), or
 * named as the sentence's subject ("Y also have two young forwards - X and Z"), not as a noun's
 * modifier ("The Y manager ... as X scored"). In a sentence that names no side, the side of the
 * sentence before (precedingSides) or the side the article is about.
 */
export function ownSide(
  env: RoleEnv,
  mentions: readonly Mention[],
  person: Mention,
  onlyOpponents: 'look-back' | 'none' = 'look-back',
): string | undefined {
  const sides = sidesOf(env, env.view.sentence.index);
  if (sides.size === 0) return precedingOwnSide(env) ?? dominantSide(env);
  const text = env.ctx.analysis.text;
  const own = new Set<string>();
  const forSides = new Set<string>();
  const opponents = new Set<string>();
  for (const mention of mentions) {
    if (!sides.has(mention.entityId)) continue;
    const lead = text.slice(Math.max(env.view.sentence.start, mention.start - 20), mention.start);
    const word = WORD_BEFORE.exec(lead)?.[1]?.toLowerCase();
    if (word === 'for') forSides.add(mention.entityId);
    else if (word !== undefined && sportWords().opponents.has(word))
      opponents.add(mention.entityId);
    else if (mention.start >= person.end || isSubject(env, mention)) own.add(mention.entityId);
  }
  if (forSides.size > 0) return forSides.size === 1 ? [...forSides][0] : undefined;
  const mine = [...own].filter((id) => !opponents.has(id));
  // "X also scored away at Z": with only opponents named, the side comes from before.
  if (own.size === 0 && opponents.size > 0 && onlyOpponents === 'look-back')
    return precedingOwnSide(env) ?? dominantSide(env);
  return mine.length === 1 ? mine[0] : undefined;
}

// Before the subject: nothing, a quote mark, or one linking word ("But", "Still,"), "the".
const SUBJECT_START = /^[^\p{L}\d]*(?:\p{Lu}\p{Ll}*,?\s+)?(?:the\s+)?$/u;
const WORD_AFTER = /^\s+(\p{Ll}[\p{Ll}-]*)/u;

/** A side that opens its clause (from `from`) and owns no noun after it. */
export function isSubject(env: RoleEnv, side: Mention, from = env.view.sentence.start): boolean {
  const text = env.ctx.analysis.text;
  if (!SUBJECT_START.test(text.slice(from, side.start))) return false;
  const next = WORD_AFTER.exec(text.slice(side.end, side.end + 20))?.[1];
  return next === undefined || !(SPORT_NOUNS.has(next) || sportWords().modified.has(next));
}

/**
 * "Y lifted the cup after beating Z 2-0. X netted the opening goal.": the side the nearest
 * sentence before that names any side (nearestSidedSentence) names as its subject, when every
 * other side it names is an opponent; that one side when it names one only (precedingSides).
 */
function precedingOwnSide(env: RoleEnv): string | undefined {
  const near = nearestSidedSentence(env);
  if (near === undefined) return undefined;
  const { index, sentence, sides } = near;
  if (sides.size === 1) return singleSubjectSide(env, near) ? [...sides][0] : undefined;
  const mentions = (env.ctx.mentionsBySentence.get(index) ?? []).filter((m) =>
    sides.has(m.entityId),
  );
  const [first, ...others] = mentions;
  if (first === undefined || !isSubject(env, first, sentence.start)) return undefined;
  const text = env.ctx.analysis.text;
  const opponent = (m: Mention): boolean =>
    m.entityId === first.entityId || isOpponent(text, sentence.start, m);
  return others.every(opponent) ? first.entityId : undefined;
}

function isOpponent(text: string, from: number, mention: Mention): boolean {
  const lead = text.slice(Math.max(from, mention.start - 20), mention.start);
  const word = WORD_BEFORE.exec(lead)?.[1]?.toLowerCase();
  return word !== undefined && sportWords().opponents.has(word);
}

/** How many times more often the article's main side is named than any other side. */
const DOMINANCE = 1.5;
const MIN_MENTIONS = 3;

/**
 * The side an article is about: named at least three times, and half again as often as any
 * other side ("Germany" throughout a report of its match with Ireland), read once per article.
 */
export function dominantSide(env: RoleEnv): string | undefined {
  if (dominantByArticle.has(env.ctx)) return dominantByArticle.get(env.ctx) ?? undefined;
  const counts: [string, number][] = [];
  for (const entity of env.ctx.entities.values()) {
    const kind = organizationKind(entity);
    if (!CLUB_KINDS.has(kind ?? '')) continue;
    // A national team's state, named as such, still tells what the report is about.
    const state = kind === 'team' ? entity.attributes?.['state'] : undefined;
    const stateCount = typeof state === 'string' ? (env.ctx.mentionCounts.get(state) ?? 0) : 0;
    counts.push([entity.id, (env.ctx.mentionCounts.get(entity.id) ?? 0) + stateCount]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  const main =
    first !== undefined && first[1] >= MIN_MENTIONS && first[1] >= DOMINANCE * (second?.[1] ?? 0)
      ? first[0]
      : null;
  dominantByArticle.set(env.ctx, main);
  return main ?? undefined;
}

/**
 * "Germany" read as the state where the article has the Germany national team: the team, for a
 * mention in a side's place (the subject of a main clause that players' names lead up to).
 */
export function nationalTeam(env: RoleEnv, mention: Mention): string | undefined {
  if (mention.type !== 'State') return undefined;
  let teams = teamsByArticle.get(env.ctx);
  if (teams === undefined) {
    teams = new Map<string, string>();
    for (const entity of env.ctx.entities.values()) {
      const state = entity.attributes?.['state'];
      if (organizationKind(entity) === 'team' && typeof state === 'string')
        teams.set(state, entity.id);
    }
    teamsByArticle.set(env.ctx, teams);
  }
  return teams.get(mention.entityId);
}

/** Whether the article names any sports side: the sport rules' first, cheapest test. */
export function hasSides(env: RoleEnv): boolean {
  let known = hasSidesByArticle.get(env.ctx);
  if (known === undefined) {
    known = false;
    for (const entity of env.ctx.entities.values())
      if (CLUB_KINDS.has(organizationKind(entity) ?? '')) known = true;
    hasSidesByArticle.set(env.ctx, known);
  }
  return known;
}

const hasSidesByArticle = new WeakMap<ArticleContext, boolean>();

const teamsByArticle = new WeakMap<ArticleContext, Map<string, string>>();

const dominantByArticle = new WeakMap<ArticleContext, string | null>();

export function sideMember(env: RoleEnv, person: Mention, side: string): void {
  const source = env.ctx.actor(person.entityId);
  if (source === undefined) return;
  emitRole(env, {
    type: 'MEMBER_OF',
    source,
    target: { id: side, type: 'Organization' },
    confidence: strength('sentence-club'),
  });
}
