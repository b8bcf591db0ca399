import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import sportsWordsJson from '../lexicon/data/sports-words.json' with { type: 'json' };
import { entityId } from '@newsgraph/graph-schema';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import { truecaseWords } from '../text/truecase.js';
import { lexiconClubOfPlace, nameHoldsPlace } from './club-city.js';
import type { Candidate } from './candidate.js';
import type { ScanContext, SportsReport } from './scan-context.js';

const WordList = z.array(z.string().min(1));
const SportsWordsSchema = z.object({
  reportWords: WordList,
  teamSports: WordList,
  individualSports: WordList,
  beforeTeam: WordList,
  afterTeam: WordList,
  dismissals: WordList,
  homeNations: WordList,
  clubBefore: WordList,
  clubRoles: WordList,
  clubPrepositions: WordList,
  asides: WordList,
});
const parsedWords = parseBundled(SportsWordsSchema, sportsWordsJson, 'sports-words.json');
const words = parsedWords;

/** Words that only sports reports use often: several of them make a document a sports report. */
const SPORTS_WORDS: ReadonlySet<string> = new Set(words.reportWords);
const SPORTS_MIN = 5;
/** The ASCII first letters of the sports words: a word starting with any other is none of them. */
const SPORTS_FIRST = new Uint8Array(128);
for (const w of words.reportWords) if (w.charCodeAt(0) < 128) SPORTS_FIRST[w.charCodeAt(0)] = 1;
/** Shorter words are none of them (lower case never shortens a word): most function words. */
const SPORTS_WORD_LENGTH = Math.min(...words.reportWords.map((w) => w.length));
/** Sports named in the headline or slug ("CRICKET - ...", "Soccer: ..."), by whether sides or people compete. */
const TEAM_SPORTS: ReadonlySet<string> = new Set(words.teamSports);
const INDIVIDUAL_SPORTS: ReadonlySet<string> = new Set(words.individualSports);
const HEADLINE_TOKENS = 12;

/** "Tennis - X beats Y", "SOCCER: ...": a sentence (its lower-case words) opening with a sport's slug. */
export function opensWithSportSlug(lowerWords: readonly string[]): boolean {
  const sport = lowerWords[0] ?? '';
  const mark = lowerWords[1];
  return (TEAM_SPORTS.has(sport) || INDIVIDUAL_SPORTS.has(sport)) && (mark === '-' || mark === ':');
}
/** "Kent beat Surrey", "v Derbyshire", "against Leeds": a side on either end of a result. */
const BEFORE_TEAM: ReadonlySet<string> = new Set(words.beforeTeam);
const AFTER_TEAM: ReadonlySet<string> = new Set(words.afterTeam);
const SCORE_RE = /^\d+(?:[-:/]\d+)*$/;
/** "former club Bielefeld", "joined Mainz"; "a coach with Leverkusen", "six seasons at Cagliari". */
const CLUB_BEFORE: ReadonlySet<string> = new Set(words.clubBefore);
const CLUB_ROLES: ReadonlySet<string> = new Set(words.clubRoles);

/** Words for a club's people and their record ("manager", "striker", "season"), lower case. */
export function clubRoles(): ReadonlySet<string> {
  return CLUB_ROLES;
}
const ASIDES: ReadonlySet<string> = new Set(words.asides);
const YEAR_RE = /^(?:19|20)\d\d$/;
const CLUB_PREPOSITIONS: ReadonlySet<string> = new Set(words.clubPrepositions);

/** A club's name stands at `first` after a word that only precedes clubs in a sports report. */
function clubBefore(ctx: ScanContext, first: number): boolean {
  const prev = ctx.lower(first - 1);
  if (CLUB_BEFORE.has(prev)) return true;
  const before = ctx.lower(first - 2);
  return CLUB_PREPOSITIONS.has(prev) && (CLUB_ROLES.has(before) || YEAR_RE.test(before));
}

/** Sports reports name clubs after their cities and counties: "Surrey 429-7", "Leeds beat Chelsea". */
export function sportsReport(tokens: readonly Token[]): SportsReport {
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !t.word) continue;
    if (i >= HEADLINE_TOKENS && t.text.length < SPORTS_WORD_LENGTH) continue;
    // Lower case keeps an ASCII first letter ASCII: the table settles most words without it.
    const first = t.text.charCodeAt(0);
    const lowerFirst = first >= 65 && first <= 90 ? first + 32 : first;
    if (i >= HEADLINE_TOKENS && lowerFirst < 128 && SPORTS_FIRST[lowerFirst] === 0) continue;
    const w = t.text.toLowerCase();
    if (i < HEADLINE_TOKENS && TEAM_SPORTS.has(w)) return 'teams';
    if (i < HEADLINE_TOKENS && INDIVIDUAL_SPORTS.has(w)) return 'individuals';
    if (SPORTS_WORDS.has(w)) {
      seen.add(w);
      if (seen.size >= SPORTS_MIN) return 'teams';
    }
  }
  return undefined;
}

/** Cricket scorecards: "c Knight b Hollioake", "lbw b Mullally", bowling figures "10-0-41-2". */
const DISMISSALS: ReadonlySet<string> = new Set(words.dismissals);
/** The overs of bowling figures ("10", "6.5"), then maidens, runs and wickets, each a token. */
const OVERS_RE = /^\d+(?:\.\d)?$/;
const COUNT_RE = /^\d+$/;
const DATE_RE = /^\d{4}-\d\d-\d\d$/;
/** National sides are their country: "England captain", "Scotland 2". */
const HOME_NATIONS: ReadonlySet<string> = new Set(words.homeNations);

/** "Jo Lind ( Norway )", "Sam Hale ( U.S. )": a competitor with the country they represent. */
export function countryInParentheses(ctx: ScanContext, last: number): boolean {
  if (ctx.token(last)?.text !== '(') return false;
  const country = ctx.phrase(last + 1, last + 5);
  return (
    country !== undefined &&
    ctx.token(country.end)?.text === ')' &&
    country.values.some((v) => v.type === 'State')
  );
}

/** In a sports report, a player named where scorecards name players. */
export function playerContext(ctx: ScanContext, first: number, last: number): boolean {
  if (ctx.sports === undefined) return false;
  const prev = ctx.token(first - 1);
  const next = ctx.token(last);
  if (prev !== undefined && DISMISSALS.has(prev.text)) return true;
  // "Ijaz Ahmed b Croft 79", "Waqar Younis lbw b Gough 4": the batter before the dismissal.
  if (
    next !== undefined &&
    DISMISSALS.has(next.text) &&
    ctx.isCap(last + 1 + Number(next.text === 'lbw'))
  )
    return true;
  if (countryInParentheses(ctx, last)) return true;
  // "Nir Sivan ( 57th )", "Ari Lamm ( captain )": a goal's minute or a side's captain.
  const inside = ctx.token(last + 1);
  if (
    next?.text === '(' &&
    inside !== undefined &&
    (/^\d+(?:st|nd|rd|th)$/.test(inside.text) || inside.text === 'captain')
  )
    return true;
  return figuresAt(ctx, last);
}

/** "10-0-41-2": bowling figures from token i, which the tokenizer splits at each hyphen. */
function figuresAt(ctx: ScanContext, i: number): boolean {
  if (!OVERS_RE.test(ctx.token(i)?.text ?? '')) return false;
  for (let k = i + 1; k < i + 7; k += 2)
    if (!ctx.isGlue(k) || !COUNT_RE.test(ctx.token(k + 1)?.text ?? '')) return false;
  return true;
}

/** In a sports report, the name at [first, last) stands where a team stands in a result. */
export function teamContext(ctx: ScanContext, first: number, last: number): boolean {
  if (ctx.sports !== 'teams' || playerContext(ctx, first, last)) return false;
  const next = ctx.token(last);
  const prev = ctx.token(first - 1);
  if (HOME_NATIONS.has(ctx.span(first, last).text)) return false;
  // "Almost 400,000 fans", "Discussions have taken place": a common word opening the sentence.
  if (
    last - first === 1 &&
    ctx.sentenceInitial(first) &&
    truecaseWords().lower.has(ctx.lower(first))
  )
    return false;
  if (next !== undefined && SCORE_RE.test(next.text) && !DATE_RE.test(next.text)) return true;
  if (prev !== undefined && BEFORE_TEAM.has(prev.text.toLowerCase())) return true;
  if (clubBefore(ctx, first)) return true;
  // "Leverkusen's coach", "Hamburg's goalkeeper": the side's people, after its possessive.
  if (
    (next?.text === "'s" || next?.text === '’s') &&
    AFTER_TEAM.has(ctx.token(last + 1)?.text ?? '')
  )
    return true;
  // "Hamburg, meanwhile, are third": an aside between the side and its verb.
  const after = asideAt(ctx, last) ? ctx.token(last + 3) : next;
  if (after === undefined || after.cap || !AFTER_TEAM.has(after.text)) return false;
  return !PLURAL_VERBS.has(after.text) || !coordinated(ctx, first);
}

/** ", meanwhile ,", ", however ,": a one-word aside set off by commas at token i. */
function asideAt(ctx: ScanContext, i: number): boolean {
  return (
    ctx.token(i)?.text === ',' && ASIDES.has(ctx.lower(i + 1)) && ctx.token(i + 2)?.text === ','
  );
}

/** Verbs among the after-team words that agree with a plural: a club, or two people joined by "and". */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have']);
/** How far back an "and" may join the name to another subject ("he and Kelvaro's Ana Ruiz are"). */
const COORDINATION_REACH = 4;

/** "Ana Ruiz and Jo Lind were", "he and Kelvaro's Ana Ruiz are": the plural is the coordination's. */
function coordinated(ctx: ScanContext, first: number): boolean {
  for (let i = first - 1; i >= first - COORDINATION_REACH; i--) {
    const t = ctx.token(i);
    if (t === undefined || (!t.word && !/^['’]s?$/i.test(t.text))) return false;
    if (t.text === 'and') return true;
  }
  return false;
}

/** The candidate as a team: an Organization named like the place it is from. */
export function asTeam(candidate: Candidate): Candidate {
  const team: Candidate = {
    ...candidate,
    type: 'Organization',
    kind: 'name',
    id: entityId('Organization', candidate.name),
  };
  delete team.entry;
  delete team.capitalOf;
  return team;
}

/** The kind a team gets, so that later stages read "Leeds striker X" as membership of a club. */
const TEAM_KIND = 'team';

/** A name read as a team once is a team throughout its report ("Surrey 429-7" ... "Surrey captain"). */
export function retagTeams(candidates: Candidate[], lex: Lexicon): void {
  const teams = new Set(
    candidates
      .filter((c) => c.type === 'Organization' && c.team === true)
      .map((c) => c.name.toLowerCase()),
  );
  if (teams.size === 0) return;
  candidates.forEach((c, i) => {
    if (c.team === true && c.type === 'Organization' && c.attributes?.['kind'] === undefined)
      candidates[i] = { ...c, attributes: { ...c.attributes, kind: TEAM_KIND } };
    if (c.team === true || !teams.has(c.name.toLowerCase())) return;
    if (c.type === null || c.type === 'Location')
      candidates[i] = { ...asTeam(c), team: true, attributes: { kind: TEAM_KIND } };
  });
  joinClubs(candidates, lex);
}

/**
 * "Hamburg are on the brink" beside "Hamburger SV", "Bremen" beside "Werder Bremen": a side
 * named after its place is the one club of the report whose name holds that place's name; with
 * none in the report, the lexicon's one club of that place.
 */
function joinClubs(candidates: Candidate[], lex: Lexicon): void {
  const clubs = new Map<string, string>();
  for (const c of candidates) {
    if (c.type === 'Organization' && c.entry?.orgKind === 'sport' && c.id !== undefined)
      clubs.set(c.id, c.name);
  }
  candidates.forEach((c, i) => {
    if (c.team !== true || c.type !== 'Organization') return;
    const place = c.name.toLowerCase();
    const holders = [...clubs].filter(([, name]) => nameHoldsPlace(name, place));
    const only = holders.length === 1 ? holders[0] : undefined;
    if (only) candidates[i] = { ...c, id: only[0], name: only[1] };
    else if (holders.length === 0) {
      const listed = lexiconClubOfPlace(lex, c.name);
      if (listed) candidates[i] = { ...c, id: listed.id, name: listed.name };
    }
  });
}
