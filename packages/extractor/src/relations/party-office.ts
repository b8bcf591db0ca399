import { z } from 'zod';
import type { Mention } from '../types.js';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import { emitMembership, type RoleEnv } from './title-env.js';
import { NOT_MEMBER_NOUNS, isMemberBody } from './member-bodies.js';
import { organizationKind } from './title-generic.js';
import { classifyTitle } from './title-sense.js';
import { COPULAS, PREPOSITIONS } from './word-classes.js';
import { phraseWords } from './phrase-words.js';
import { strength } from './confidence.js';
import officeJson from './party-office.json' with { type: 'json' };
import { AsciiWordsPattern } from '../text/ascii-words-pattern.js';

const OfficeWordsSchema = z.object({
  verbWords: z.array(LowerWord).min(1),
  placeNouns: z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u)).min(1),
});
interface OfficeWords {
  verbs: ReadonlySet<string>;
  places: ReadonlySet<string>;
}
let officeWords: OfficeWords | undefined;
/** Word lists of the party-office rules (party-office.json), validated once. */
export function partyOfficeWords(): OfficeWords {
  if (officeWords) return officeWords;
  const lists = parseWordLists(OfficeWordsSchema, officeJson, 'relations/party-office.json');
  officeWords = { verbs: new Set(lists.verbWords), places: new Set(lists.placeNouns) };
  return officeWords;
}

// A word of a title or description: lower-case, or a short upper-case abbreviation ("MP", "MEPs").
const WORD = String.raw`\s+(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4}s?)`;

// "Green Party deputy parliamentary speaker X", "the Republican's presidential hopeful X",
// "A Social Democratic inquiry panel member, X": the party, one to four lower-case words, the name.
const PARTY_THEN_WORDS = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s+party)?((?:${WORD}){1,4})(\s*,)?\s+$`,
  'u',
);
// Before the party of a phrase that ends in a comma: it opens the sentence or an apposition.
const PHRASE_OPENS = /(?:^|[,;:(]\s*)(?:a|an|the|one)\s+$/iu;
// "X, a Left party MP," "X, the SPD's chief whip,": the party opens an apposition after the name.
const APPOSITION_OPEN = /^,\s+(?:a|an|the|one)\s+$/u;
const APPOSITION_REST = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s+party)?((?:${WORD}){1,3})\s*[,;)]`,
  'u',
);
// "X of the conservative Y", "X, deputy leader of the Y": the name, a title perhaps, "of the".
const OF_PARTY =
  /^(?:\s*\([^()]{1,20}\))?(?:,\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,5})|\s+)of\s+the\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3})$/u;
// "X, deputy leader of the Socialist opposition party (SZP)": the party's letters in brackets.
const OF_PARTY_BRACKET =
  /^,\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,5})of\s+the\s+(?:[\p{L}-]+\s+){1,3}party\s+\(\s*$/u;
/** How many characters may stand between the name and the party. */
const REACH = 80;
// "the Austrian People's Party": a party by its own words, whatever kind the entity stage gave.
const PARTY_NAME = new AsciiWordsPattern(/\bparty$/iu);

/**
 * Offices and places held in a party, read from the words around a politician's name that the
 * title rules do not take as a title of the party: "Green Party deputy parliamentary speaker X",
 * "X, a Left party MP,", "Interior Minister X of the conservative Y Party", "X, deputy leader of
 * the Socialist opposition party (SZP)" (GUIDELINES: MEMBER_OF, a politician in a party). Only
 * the membership is read, not a head's office: a "floor leader" or "deputy leader" does not lead
 * the party. A word that ties a person to a party without membership ("critic", "rival",
 * "candidate", "former"), a preposition or a verb among the words gives nothing.
 */
export function partyOffices(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  // The cheap test first: most sentences name no organization.
  if (!mentions.some((m) => m.type === 'Organization')) return;
  mentions.forEach((person, i) => {
    if (person.type !== 'Person') return;
    const before = mentions[i - 1];
    // "X of the conservative Austrian People's Party": a state's adjective is one of the words.
    let next = i + 1;
    while (mentions[next]?.type === 'State') next++;
    const after = mentions[next];
    // Before the regular expressions: the words between are few ("deputy parliamentary speaker").
    const near = (from: number, to: number): boolean => to - from > 0 && to - from <= REACH;
    if (before?.type === 'Organization' && near(before.end, person.start))
      if (partyBeforeName(env, before, person) && heldBody(env, before))
        emitMembership(env, person, before, strength('title-party'));
    if (after?.type !== 'Organization' || !near(person.end, after.start)) return;
    if (partyAfterName(env, mentions, person, after))
      emitMembership(env, person, after, strength('title-party'));
  });
}

/**
 * "UGT union confederation leader X", "Bayern Munich sporting director X": an office before the
 * name in a body of people is a place in it as one in a party is (not a state's or states' body).
 */
function heldBody(env: RoleEnv, mention: Mention): boolean {
  return isParty(env, mention) || isMemberBody(env.ctx, mention.entityId);
}

/** A party by its kind, or, of no known kind, by its own words ("the Austrian People's Party"). */
function isParty(env: RoleEnv, mention: Mention): boolean {
  if (mention.type !== 'Organization') return false;
  const kind = organizationKind(env.ctx.entities.get(mention.entityId));
  return kind === 'party' || (kind === undefined && PARTY_NAME.test(mention.text));
}

/** "Green Party deputy speaker X", "A Social Democratic panel member, X". */
function partyBeforeName(env: RoleEnv, party: Mention, person: Mention): boolean {
  const text = env.ctx.analysis.text;
  const match = PARTY_THEN_WORDS.exec(text.slice(party.end, person.start));
  if (match === null || !membershipWords(match[1]) || !placeHead(env, match[1])) return false;
  const from = Math.max(env.view.sentence.start, party.start - 40);
  // "Former Green Party politician X": a word before the party (or read into its name) voids it.
  const lead = `${text.slice(from, party.start)} ${party.text.split(/\s/u)[0] ?? ''}`;
  const leadWords = lead
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .slice(-4);
  if (leadWords.some((w) => NOT_MEMBER_NOUNS.has(w))) return false;
  if (match[2] === undefined) return true;
  return PHRASE_OPENS.test(text.slice(from, party.start));
}

/**
 * "X, a Left party MP,", "X of the conservative Y Party", "X, deputy leader of the Y (SZP)": the
 * last needs no party of a known kind, the words before the bracket say it is one.
 */
function partyAfterName(
  env: RoleEnv,
  mentions: readonly Mention[],
  person: Mention,
  org: Mention,
): boolean {
  const text = env.ctx.analysis.text;
  let gap = text.slice(person.end, org.start);
  for (const m of mentions)
    if (m.start >= person.end && m.end <= org.start) gap = gap.replace(m.text, 'state');
  const bracket = OF_PARTY_BRACKET.exec(gap);
  if (bracket !== null)
    return (
      /^\s*\)/u.test(text.slice(org.end)) &&
      membershipWords(bracket[1]) &&
      placeHead(env, bracket[1]) &&
      !env.ctx.isGovernmentBody(org.entityId)
    );
  if (!isParty(env, org)) return false;
  if (APPOSITION_OPEN.test(gap)) {
    const rest = APPOSITION_REST.exec(text.slice(org.end, org.end + 60));
    return rest !== null && membershipWords(rest[1]) && placeHead(env, rest[1]);
  }
  const of = OF_PARTY.exec(gap);
  if (of === null || !membershipWords(of[1]) || !membershipWords(of[2])) return false;
  // "X, deputy leader of the Y" needs a title; "Minister X of the Y" has one before the name.
  return of[1] === undefined || placeHead(env, of[1]);
}

/**
 * The words end in a title or a politician's standing ("deputy speaker", "front-runner"), one
 * person's ("many other members" is a clause of its own): "Conservative radio host X" and "the
 * Democrats say X" give nothing.
 */
function placeHead(env: RoleEnv, phrase: string | undefined): boolean {
  const all = (phrase ?? '').trim().toLowerCase().split(/\s+/u);
  const last = all.at(-1) ?? '';
  if (last === '' || /[^s]s$/u.test(last)) return false;
  if (partyOfficeWords().places.has(last)) return true;
  return classifyTitle(env.cues, all.slice(-2).join(' ')) !== undefined;
}

/**
 * Words that may describe a member's place: no preposition, no non-member's noun ("critic",
 * "former") and no verb ("the SPD criticised finance minister X", "Labour wants leader X").
 */
function membershipWords(words: string | undefined): boolean {
  if (words === undefined) return true;
  return words.trim().toLowerCase().split(/\s+/u).every(describesPlace);
}

function describesPlace(word: string, index: number): boolean {
  if (word === '') return true;
  const clause = phraseWords();
  return !(
    PREPOSITIONS.has(word) ||
    NOT_MEMBER_NOUNS.has(word) ||
    COPULAS.has(word) ||
    partyOfficeWords().verbs.has(word) ||
    clause.clauseWords.has(word) ||
    clause.irregularPasts.has(word) ||
    /(?:ed|ing)$/u.test(word) ||
    (index === 0 && /[^s]s$/u.test(word))
  );
}
