import type { EntityRelationType } from '@newsgraph/graph-schema';
import { contestWords } from './contest-words.js';
import { opensWithSportSlug } from '../stages/sports.js';
import type { SentenceView } from './sentence-view.js';
import {
  POSSESSIVES,
  PREPOSITIONS,
  isCapitalized,
  isNumber,
  isPunctuation,
} from './word-classes.js';

const CONTEST = contestWords();
const { marginWords: MARGIN_WORDS, marginUnits: MARGIN_UNITS, resultVerbs: RESULT_VERBS } = CONTEST;

/** The longest aside a result puts between a player and the score: "(Czech Republic)". */
const ORIGIN_TOKENS = 5;

/**
 * "beat Yugoslavia's Red Star 71-57", "defeated Canadian Daniel Nestor 7-6": the actor found may
 * own or modify the object's head, a name that runs on to the score.
 */
function pastHead(view: SentenceView, t: number): number {
  const { words, tokens } = view;
  let k = POSSESSIVES.has(words[t] ?? '') ? t + 1 : t;
  const from = k;
  while (k < from + ORIGIN_TOKENS && isCapitalized(tokens[k]?.text ?? '')) k++;
  return k;
}

/**
 * "beat Y (Poland) 6-1", "beat Y of France 6-2": a results line names the loser's country in
 * brackets or after "of" before the score; the score after it still reports a result.
 */
function pastOrigin(view: SentenceView, at: number): number {
  const { words, tokens } = view;
  const t = pastHead(view, at);
  if (words[t] === '(') {
    for (let k = t + 1; k <= t + ORIGIN_TOKENS && k < words.length; k++)
      if (words[k] === ')') return k + 1;
    return t;
  }
  if (words[t] !== 'of') return t;
  let k = t + 1;
  while (k <= t + ORIGIN_TOKENS && isCapitalized(tokens[k]?.text ?? '')) k++;
  return k > t + 1 ? k : t;
}

/**
 * "beating Y 45 to 40 percent", "beats Y 42-40", "defeated Y by 20 points": a score or margin right
 * after the object reports a poll or a tally, not an act against Y.
 */
function isScoreAfter(view: SentenceView, at: number): boolean {
  const { words } = view;
  const t = pastOrigin(view, at);
  if (isNumber(words[t] ?? '')) {
    const joint = words[t + 1] ?? '';
    return (joint === 'to' || joint === '-') && isNumber(words[t + 2] ?? '');
  }
  if (words[t] !== 'by') return false;
  let k = t + 1;
  while (MARGIN_WORDS.has(words[k] ?? '')) k++;
  return isNumber(words[k] ?? '') && MARGIN_UNITS.has(words[k + 1] ?? '');
}

/** How far after "in", "for" or "by" the noun of a race, a prize or a margin may stand. */
const COMPLEMENT_REACH = 6;
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", 'been', 'be']);

/**
 * "defeated Y in elections last month", "is challenging Y for her Senate seat", "beat Y by a wide
 * margin", "Z, who is challenging Senator Y.": a verb of winning or challenging whose complement
 * names a race, an office sought or a margin (or, for "is challenging", a bare rival with nothing
 * after) reports a contest between rivals, not a stance against Y.
 */
function isContest(view: SentenceView, verb: number, after: number): boolean {
  const { words } = view;
  const form = words[verb] ?? '';
  if (!CONTEST.contestVerbs.has(form)) return false;
  const opener = complementAfterList(view, after);
  const nouns = complementNouns(words[opener] ?? '');
  if (nouns !== undefined) {
    const end = Math.min(words.length, opener + 1 + COMPLEMENT_REACH);
    for (let k = opener + 1; k < end; k++) {
      const word = words[k] ?? '';
      if (nouns.has(word)) return true;
      if (words[opener] === 'in' && CONTEST.playNouns.has(word) && endsPhrase(words[k + 1]))
        return true;
      if (isPunctuation(word) && word !== "'" && !inWord(view, k)) return false;
    }
    return false;
  }
  return (
    CONTEST.challengeForms.has(form) &&
    BE_FORMS.has(words[verb - 1] ?? '') &&
    view.units[view.unitAt[after - 1] ?? -1]?.actor?.type === 'Person' &&
    closesClause(words[after])
  );
}

/** How far a list joined to the object ("Y and former Gov. Z") may run before the complement. */
const LIST_REACH = 8;

/**
 * "is challenging Y and former Gov. Z for the nomination": when the object read stops at a list
 * joined to it, the token that opens the complement after the list; else `after` itself.
 */
function complementAfterList(view: SentenceView, after: number): number {
  const { words } = view;
  if (words[after] !== 'and' && words[after] !== ',') return after;
  const end = Math.min(words.length, after + LIST_REACH);
  for (let k = after + 1; k < end; k++) {
    const word = words[k] ?? '';
    if (complementNouns(word) !== undefined) return k;
    if (isPunctuation(word) && word !== ',' && word !== "'") return after;
  }
  return after;
}

function complementNouns(word: string): ReadonlySet<string> | undefined {
  if (word === 'in') return CONTEST.voteNouns;
  if (word === 'for') return CONTEST.prizeNouns;
  if (word === 'by') return CONTEST.marginNouns;
  return undefined;
}

/**
 * "in straight sets.", "in the final to reach ...": a match's noun ends its phrase when a mark, a
 * preposition, a conjunction or the sentence's end follows; not "in the final assault", "in a
 * new round of fighting".
 */
function endsPhrase(word: string | undefined): boolean {
  if (word === undefined || isPunctuation(word) || word === '.' || isCapitalized(word)) return true;
  return word !== 'of' && (PREPOSITIONS.has(word) || CONTEST.afterPlayNouns.has(word));
}

/** A hyphen inside a word ("quarter-finals"), with no space on either side. */
function inWord(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  return (
    view.words[k] === '-' &&
    tokens[k - 1]?.end === tokens[k]?.start &&
    tokens[k]?.end === tokens[k + 1]?.start
  );
}

/** The end of the sentence, or a mark that closes the clause or opens an aside after the object. */
function closesClause(word: string | undefined): boolean {
  return word === undefined || word === '.' || word === ',' || word === ';' || word === '(';
}

/**
 * "X (Argentina) beat Y", "X and Z (U.S.) defeated Y", "X (14-6) beat Y": a results line gives
 * each player's origin in brackets of capitalised words, or a pitcher's record, right before the
 * result verb at `verb`; a headline opening with a sport's slug reports one too ("Tennis - X
 * beats Y in the final").
 */
function isResultLine(view: SentenceView, verb: number): boolean {
  const { words, tokens } = view;
  if (!RESULT_VERBS.has(words[verb] ?? '')) return false;
  if (opensWithSportSlug(words)) return true;
  if (words[verb - 1] !== ')') return false;
  for (let k = verb - 2; k >= verb - 1 - ORIGIN_TOKENS && k >= 0; k--) {
    if (words[k] === '(') return k < verb - 2;
    const word = tokens[k]?.text ?? '';
    if (!isCapitalized(word) && !isNumber(word) && word !== '.' && word !== '-') return false;
  }
  return false;
}

/**
 * One of the voids both emitters apply through stance-voids.ts: an OPPOSES whose
 * object is followed, at token `object`, by a score or margin, or whose verb at token `verb`
 * follows a player's origin in a results line, reports a result, not a stance; nor does one of
 * a contest verb whose complement names an electoral race.
 */
export function scoreVoids(
  relation: EntityRelationType,
  view: SentenceView,
  at: { object: number | undefined; verb: number; from?: number },
): boolean {
  if (relation !== 'OPPOSES') return false;
  if (at.object !== undefined && isScoreAfter(view, at.object)) return true;
  // A side read past its head ("Y's Red Star 71-57") may hold the score itself.
  for (let t = at.from ?? at.object ?? 0; t < (at.object ?? 0); t++)
    if (isNumber(view.words[t] ?? '') && isScoreAfter(view, t)) return true;
  if (at.object !== undefined && isContest(view, at.verb, at.object)) return true;
  return isResultLine(view, at.verb) || wonFrom(view, at.verb, at.from);
}

/**
 * "X seized the ball from Y", "X snatched the lead from Y": a thing of play right before the
 * "from" that opens the object (contest-words.json `wonFromNouns`) makes the verb a move of the
 * game or race.
 */
function wonFrom(view: SentenceView, verb: number, from: number | undefined): boolean {
  if (from === undefined) return false;
  const at = view.words[from - 1] === 'the' ? from - 2 : from - 1;
  return (
    at > verb + 1 && view.words[at] === 'from' && CONTEST.wonFromNouns.has(view.words[at - 1] ?? '')
  );
}
