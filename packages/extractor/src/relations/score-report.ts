import type { EntityRelationType } from '@newsgraph/graph-schema';
import { contestWords } from './contest-words.js';
import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';
import { isNumber, isPunctuation } from './word-classes.js';

const { marginWords: MARGIN_WORDS, marginUnits: MARGIN_UNITS } = frameWords();
const CONTEST = contestWords();

/**
 * "beating Y 45 to 40 percent", "beats Y 42-40", "defeated Y by 20 points": a score or margin right
 * after the object reports a poll or a tally, not an act against Y.
 */
function isScoreAfter(view: SentenceView, t: number): boolean {
  const { words } = view;
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
      if (isPunctuation(word) && word !== "'") return false;
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

/** The end of the sentence, or a mark that closes the clause or opens an aside after the object. */
function closesClause(word: string | undefined): boolean {
  return word === undefined || word === '.' || word === ',' || word === ';' || word === '(';
}

/**
 * The one rule both emitters apply (frame-env's emitPairs, the clause frame): an OPPOSES whose
 * object is followed, at token `after`, by a score or margin reports a result, not a stance; nor
 * does one of a contest verb (at token `verb`) whose complement names an electoral race.
 */
export function scoreVoids(
  relation: EntityRelationType,
  view: SentenceView,
  at: { verb: number; after: number | undefined },
): boolean {
  if (relation !== 'OPPOSES' || at.after === undefined) return false;
  return isScoreAfter(view, at.after) || isContest(view, at.verb, at.after);
}
