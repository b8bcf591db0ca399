import { z } from 'zod';
import { entityId } from '@newsgraph/graph-schema';
import { parseBundled } from '../lexicon/bundled.js';
import nationalTeamsJson from '../lexicon/data/national-teams.json' with { type: 'json' };
import type { Candidate } from './candidate.js';
import type { ScanContext } from './scan-context.js';

/*
 * A country named as a sports side ("Germany beat Turkey 3-0", "Italy's goalkeeper") is the
 * national team, not the state. The team is an Organization of its own: named "<state> national
 * team" (id org:<state>-national-team, so it never shares a key with the State, which is keyed by
 * its ISO code), with attributes kind "team" (a club-like side people are members of) and state
 * (the id of the country it plays for). One team per country: its men's and women's sides are one
 * node; a youth side named by its age is one of its own (youth-teams.ts). The mention keeps its
 * own words ("Germany").
 */

const WordList = z.array(z.string().min(1));
const NationalTeamWordsSchema = z.object({
  sideNouns: WordList,
  weakSideNouns: WordList,
  resultBefore: WordList,
  resultAfter: WordList,
  withResult: WordList,
  epithets: WordList,
  sportsCues: WordList,
  forCues: WordList,
  youthNouns: WordList,
  civicCues: WordList,
  playerCountry: WordList,
  coordinators: WordList,
});
/** The cue words of national sides (lexicon/data/national-teams.json). */
export const nationalTeamWords = parseBundled(
  NationalTeamWordsSchema,
  nationalTeamsJson,
  'national-teams.json',
);
const SIDE_NOUNS: ReadonlySet<string> = new Set(nationalTeamWords.sideNouns);
const WEAK_SIDE_NOUNS: ReadonlySet<string> = new Set(nationalTeamWords.weakSideNouns);
const RESULT_BEFORE: ReadonlySet<string> = new Set(nationalTeamWords.resultBefore);
const RESULT_AFTER: ReadonlySet<string> = new Set(nationalTeamWords.resultAfter);
const WITH_RESULT: ReadonlySet<string> = new Set(nationalTeamWords.withResult);
const EPITHETS: ReadonlySet<string> = new Set(nationalTeamWords.epithets);
const SPORTS_CUES: ReadonlySet<string> = new Set(nationalTeamWords.sportsCues);
const CIVIC_CUES: ReadonlySet<string> = new Set(nationalTeamWords.civicCues);
/** How many epithets may stand between a result word and the side ("against defending champions Spain"). */
const EPITHET_REACH = 2;
const FOR_CUES: ReadonlySet<string> = new Set(nationalTeamWords.forCues);
/** How far before "for" the player's verb may stand ("scored his first goal for"). */
const FOR_REACH = 4;
/** Words that tie a country to a player named before it. */
const PLAYER_COUNTRY: ReadonlySet<string> = new Set(nationalTeamWords.playerCountry);
const COORDINATORS: ReadonlySet<string> = new Set(nationalTeamWords.coordinators);
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s']);
const DASHES: ReadonlySet<string> = new Set(['-', '–', ':']);
const GOALS_RE = /^\d{1,2}$/;

/** The id of a country's national team, from the state's name. */
function nationalTeamId(stateName: string): string {
  return entityId('Organization', `${stateName} national team`);
}

/** "3-0", "1 : 1": a score line starting at token i. */
export function scoreAt(ctx: ScanContext, i: number): boolean {
  return (
    GOALS_RE.test(ctx.token(i)?.text ?? '') &&
    DASHES.has(ctx.token(i + 1)?.text ?? '') &&
    GOALS_RE.test(ctx.token(i + 2)?.text ?? '')
  );
}

/** A lower-case word at i from the set (a capital there starts another name). */
export function lowerIn(ctx: ScanContext, i: number, set: ReadonlySet<string>): boolean {
  const t = ctx.token(i);
  return t !== undefined && t.word && !t.cap && set.has(t.text.toLowerCase());
}

/** Some word of the sentence is in the set (any case: "the World Cup"), or a score line if asked. */
function sentenceHas(
  ctx: ScanContext,
  range: readonly [number, number] | undefined,
  set: ReadonlySet<string>,
  score: boolean,
): boolean {
  if (range === undefined) return false;
  for (let i = range[0]; i < range[1]; i++) {
    const t = ctx.token(i);
    if ((t?.word === true && set.has(t.text.toLowerCase())) || (score && scoreAt(ctx, i)))
      return true;
  }
  return false;
}

/** What follows the name: "Germany coach", "Italy's national side", "Turkey 3-0", "Spain won". */
function sideAfter(ctx: ScanContext, c: Candidate, sports: () => boolean): boolean {
  const last = c.last;
  const possessive = POSSESSIVES.has(ctx.token(last)?.text ?? '');
  const from = possessive ? last + 1 : last;
  // "Ana Lind of Sweden 6-4": the score is the player's; her country is no side.
  if (!possessive && scoreAt(ctx, last)) return !PLAYER_COUNTRY.has(ctx.lower(c.first - 1));
  for (let i = from; i < from + (possessive ? 2 : 1); i++) {
    if (lowerIn(ctx, i, SIDE_NOUNS)) return true;
    if (lowerIn(ctx, i, WEAK_SIDE_NOUNS) && sports()) return true;
  }
  return !possessive && lowerIn(ctx, last, RESULT_AFTER) && sports();
}

/** What stands before the name: "beat Turkey", "against hosts Chile", "drew 1-1 with Ireland". */
function sideBefore(ctx: ScanContext, first: number): boolean {
  let k = first - 1;
  while (k >= first - EPITHET_REACH && lowerIn(ctx, k, EPITHETS)) k--;
  if (lowerIn(ctx, k, RESULT_BEFORE)) return true;
  const link = ctx.lower(first - 1);
  if (link === 'for') return playsFor(ctx, first - 1);
  if (link !== 'with' && link !== 'to') return false;
  // "drew with", "lost to", "drawing 1-1 with": the result verb, perhaps with its score between.
  const verb = scoreAt(ctx, first - 4) ? first - 5 : first - 2;
  return lowerIn(ctx, verb, WITH_RESULT);
}

/** "scored twice for Italy", "playing for Peru": a player's doing just before "for" the side. */
function playsFor(ctx: ScanContext, forAt: number): boolean {
  for (let i = forAt - 1; i >= forAt - FOR_REACH; i--) if (lowerIn(ctx, i, FOR_CUES)) return true;
  return false;
}

/** "Löw's Germany": a person's country, in a sentence about sport, is the side he leads or plays in. */
function coachsSide(ctx: ScanContext, person: Candidate | undefined, c: Candidate): boolean {
  return (
    person?.type === 'Person' &&
    person.last === c.first - 1 &&
    POSSESSIVES.has(ctx.token(person.last)?.text ?? '')
  );
}

function countryName(c: Candidate): boolean {
  return c.type === 'State' && (c.kind === 'name' || c.kind === 'alias') && c.id !== undefined;
}

/** The candidate as its country's national team. */
function asNationalTeam(c: Candidate): Candidate {
  const team: Candidate = {
    ...c,
    type: 'Organization',
    kind: 'name',
    id: nationalTeamId(c.name),
    name: `${c.name} national team`,
    attributes: { kind: 'team', state: c.id ?? '' },
  };
  delete team.entry;
  delete team.capitalOf;
  return team;
}

/**
 * "beat Poland and Ukraine", "Spain, Italy and Germany drew": a country joined by "and", "or" or
 * a comma to a side read in the same sentence is a side too.
 */
function readCoordinated(ctx: ScanContext, read: Set<number>, sides: Set<string>): void {
  const list = ctx.candidates;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i];
      const b = list[i + 1];
      if (a === undefined || b === undefined || read.has(i) === read.has(i + 1)) continue;
      if (!countryName(a) || !countryName(b) || a.sentence !== b.sentence) continue;
      if (b.first !== a.last + 1 || !COORDINATORS.has(ctx.lower(a.last))) continue;
      for (const [k, c] of [[i, a] as const, [i + 1, b] as const]) {
        read.add(k);
        sides.add(c.id ?? '');
      }
    }
  }
}

/** A test of a sentence, computed once per sentence. */
function memo(test: (sentence: number) => boolean): (sentence: number) => boolean {
  const known = new Map<number, boolean>();
  return (sentence) => {
    let value = known.get(sentence);
    if (value === undefined) known.set(sentence, (value = test(sentence)));
    return value;
  };
}

/**
 * Countries named as sides become their national teams. A name read as a side in one place is
 * the side wherever a sports report names it, except as a place ("in Brazil") or in a sentence
 * about the state itself ("the government said Germany would cut taxes"); outside a sports report,
 * only where a sentence about sport names it.
 */
export function retagNationalTeams(
  ctx: ScanContext,
  sentences: ReadonlyArray<readonly [number, number]>,
): void {
  const report = ctx.sports === 'teams';
  const sportsAt = memo((i) => report || sentenceHas(ctx, sentences[i], SPORTS_CUES, true));
  const civicAt = memo((i) => sentenceHas(ctx, sentences[i], CIVIC_CUES, false));
  const sides = new Set<string>();
  const read = new Set<number>();
  ctx.candidates.forEach((c, i) => {
    if (!countryName(c)) return;
    // The sentence is read for sport only when a weak cue asks (most names have none).
    const sports = (): boolean => sportsAt(c.sentence);
    // "against India's Leander Paes": the opponent is the player, the country only his.
    const owner = POSSESSIVES.has(ctx.token(c.last)?.text ?? '');
    const before =
      !owner && (sideBefore(ctx, c.first) || coachsSide(ctx, ctx.candidates[i - 1], c));
    if (sideAfter(ctx, c, sports) || (before && sports())) {
      sides.add(c.id ?? '');
      read.add(i);
    }
  });
  if (sides.size === 0) return;
  readCoordinated(ctx, read, sides);
  ctx.candidates.forEach((c, i) => {
    if (!countryName(c) || !sides.has(c.id ?? '')) return;
    const place = ctx.lex.locationPrepositions.has(ctx.lower(c.first - 1));
    if (read.has(i) || (!place && sportsAt(c.sentence) && !civicAt(c.sentence)))
      ctx.candidates[i] = asNationalTeam(c);
  });
}
