import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { isPastForm, phraseWords } from './phrase-words.js';
import { DETERMINERS, OBJECT_BOUNDARIES } from './word-classes.js';

let appositionOpeners: ReadonlySet<string> | undefined;

/** How many tokens an apposition or a bracket between a subject and its verb may span. */
const APPOSITION_REACH = 28;
const BRACKET_REACH = 8;

/**
 * Where an aside that closes at token `close` opens, when it stands between a subject and its
 * verb: an apposition ("X, a group that speaks for miners, endorsed") or a bracket right after
 * an actor ("Senator X (D-Ohio) endorsed"). Undefined when `close` closes no such aside.
 */
export function asideStart(
  view: SentenceView,
  cues: CompiledCues,
  close: number,
): number | undefined {
  const word = view.words[close];
  if (word === ',') return appositionStart(view, cues, close);
  if (word === ')') return bracketStart(view, close);
  return undefined;
}

/**
 * "Japan, a close U.S. ally, announced", "Mali and Burkina Faso, themselves suspended, sided
 * with", "X, director of the agency, praised": the comma at `close` ends an apposition when an
 * earlier comma follows an actor and opens a noun phrase (a determiner, "another", "both", a
 * possessor "Thailand's", a title, a parenthetical opener); returns that earlier comma. Quotes,
 * speech verbs and clause words inside rule it out, except a relative clause on a noun of the
 * apposition ("a group that speaks for ...").
 */
function appositionStart(
  view: SentenceView,
  cues: CompiledCues,
  close: number,
): number | undefined {
  const openers = (appositionOpeners ??= new Set([
    ...DETERMINERS,
    ...phraseWords().appositionOpeners,
  ]));
  for (let t = close - 1; t >= Math.max(0, close - APPOSITION_REACH); t--) {
    const word = view.words[t] ?? '';
    if (cues.context.speechVerbs.has(word)) return undefined;
    if (phraseWords().relativePronouns.has(word) && relativeOnNoun(view, cues, t)) continue;
    // "X, regarded as a moderate, ...", "X, known as ...": "as" after a participle.
    if (word === 'as' && phraseWords().participleBeforeAs.test(view.words[t - 1] ?? '')) continue;
    if (OBJECT_BOUNDARIES.has(word) || word === 'that') return undefined;
    if (word !== ',') continue;
    const before = actorBeforeComma(view, t);
    const first = view.words[t + 1] ?? '';
    const possessor = (view.unitAt[t + 1] ?? -1) >= 0 && nextAfterUnit(view, t + 1) === "'s";
    // "Poland, backed by the United States, criticised Y": a participle with its agent.
    const agentAside = view.words[t + 2] === 'by' && isPastForm(first);
    const aside =
      cues.context.parentheticalOpeners.has(first) || titleOpens(view, cues, t + 1) || agentAside;
    if (!before || !(openers.has(first) || possessor || aside)) return undefined;
    return t;
  }
  return undefined;
}

/**
 * The actor the comma at `comma` follows: the unit right before it, or, when that is a place
 * after "of" or "from", the person it places ("Senator X of Ohio, a Democrat, ...").
 */
function actorBeforeComma(view: SentenceView, comma: number): boolean {
  const before = view.units[view.unitAt[comma - 1] ?? -1];
  if (before === undefined) return false;
  if (before.actor) return true;
  if (before.mention.type !== 'Location') return false;
  const link = view.words[before.firstToken - 1];
  if (link !== 'of' && link !== 'from') return false;
  return view.units[view.unitAt[before.firstToken - 2] ?? -1]?.actor?.type === 'Person';
}

/** "a group that speaks": a relative pronoun right after a lower-case noun, not after a verb. */
function relativeOnNoun(view: SentenceView, cues: CompiledCues, t: number): boolean {
  const before = view.words[t - 1] ?? '';
  if ((view.unitAt[t - 1] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(before)) return false;
  const { speechVerbs, evaluationVerbs } = cues.context;
  return !before.endsWith('ed') && !speechVerbs.has(before) && !evaluationVerbs.has(before);
}

/** "Senator X (D-Ohio)", "Senator X ( )": the bracket's opening token when an actor precedes it. */
function bracketStart(view: SentenceView, close: number): number | undefined {
  for (let t = close - 1; t >= Math.max(1, close - BRACKET_REACH); t--) {
    const word = view.words[t] ?? '';
    if (word === ')') return undefined;
    if (word !== '(') continue;
    return view.units[view.unitAt[t - 1] ?? -1]?.actor ? t : undefined;
  }
  return undefined;
}

function nextAfterUnit(view: SentenceView, t: number): string | undefined {
  const unit = view.units[view.unitAt[t] ?? -1];
  return unit ? view.words[unit.lastToken + 1] : undefined;
}

/** "director of", "national director of", "senior fellow at": a title, after one modifier at most. */
function titleOpens(view: SentenceView, cues: CompiledCues, t: number): boolean {
  const first = view.words[t] ?? '';
  if (cues.titles.has(first)) return true;
  return /^\p{Ll}+$/u.test(first) && cues.titles.has(view.words[t + 1] ?? '');
}
