import { adjunctWords } from './adjunct-words.js';
import type { CueHit } from './cue-matches.js';
import { subjectOf, type FrameEnv } from './frame-env.js';
import { frameWords } from './frame-words.js';
import { mainSubjectAfter } from './fronted-participle.js';
import { isNonFactual } from './modality.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import {
  BE_AUXILIARIES,
  COPULAS,
  DETERMINERS,
  PREPOSITIONS,
  TENSE_AUXILIARIES,
  isAdverb,
} from './word-classes.js';

/** Possessive determiners that may open the adjunct in place of "a": "in his attack on Y". */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** Words between "a" and the stance noun: "in a (thinly veiled) swipe", "in a (show of) support". */
const MAX_MODIFIERS = 3;
/** Words of a verb group before its main verb: "X did not / could / has since ...". */
const MAX_AUXILIARIES = 4;
/** Lower-case words a possessed thing may span before the adjunct's comma ("Y's new tariffs,"). */
const MAX_POSSESSED = 3;

/** The two ends of a stance noun read in an adjunct; `null` when the adjunct rules both out. */
export type AdjunctEnds = { source: Side; target: Side } | null;

/**
 * "In a swipe at Y, X said ...", "In solidarity with Y, X ...", "X, in a rebuke to Y, recalled
 * ...": a stance noun heading an adjunct opened by "in" that starts the sentence, or is set off by
 * commas right after its subject, is the act of the main clause's subject. The adjunct closes at
 * the first comma after its actor (the target finder may have read "Y, X" as a list). A trailing
 * ", in a swipe at Y" is the act of the sentence's subject, not of a subject in a reported clause
 * ("X said Z had failed, in a swipe at Y": null). A modifier saying the act is not real ("in a
 * possible swipe at Y") and a main clause negated, modal or asked give null. Undefined where the
 * noun stands in no such adjunct: the noun frame reads it as usual.
 */
export function adjunctNounEnds(env: FrameEnv, hit: CueHit, found: Side): AdjunctEnds | undefined {
  const { view } = env;
  const open = adjunctOpen(env, hit.startToken);
  if (open < 0) return undefined;
  if (open > 0 && view.words[open - 1] === ',' && !trailedBySubject(env, open, found))
    return trailingEnds(env, hit, found);
  const target = beforeComma(view, found);
  if (target === undefined) return open === 0 ? null : undefined;
  let source: Side | undefined;
  let verbAt: number;
  if (open === 0) {
    source = mainSubjectAfter(env, target.close);
    verbAt = headEnd(env, (source?.lastToken ?? target.close) + 1);
  } else {
    source = setOffSubject(env, open);
    verbAt = target.close + 1;
  }
  if (source === undefined) return open === 0 ? null : undefined;
  if (!/^\p{Ll}/u.test(view.words[verbAt] ?? '') || (view.unitAt[verbAt] ?? -1) >= 0) return null;
  if (isNonFactual(env.cues, view, verbAt, mainVerb(env, verbAt))) return null;
  return { source, target: target.side };
}

/** Token of the "in" that opens the adjunct holding the cue at `cueToken`; else -1. */
function adjunctOpen(env: FrameEnv, cueToken: number): number {
  const { words } = env.view;
  // "in support of Y" is a cue of its own; "in solidarity with Y", "in defiance of Y".
  if (words[cueToken] === 'in') return cueToken;
  if (words[cueToken - 1] === 'in') return cueToken - 1;
  for (let t = cueToken - 1; t >= Math.max(0, cueToken - 1 - MAX_MODIFIERS); t--) {
    const word = words[t] ?? '';
    if (word === 'a' || word === 'an') return words[t - 1] === 'in' ? t - 1 : framedOpen(words, t);
    // "In his attack on Y, X said": the owner is the main clause's subject.
    if (OWNERS.has(word)) return words[t - 1] === 'in' ? t - 1 : -1;
    if (!modifierWord(env, t)) return -1;
  }
  return -1;
}

/** "in what was seen as a ...": the token of "in" before "what" and a framer ending at `article`. */
function framedOpen(words: readonly string[], article: number): number {
  const framers = adjunctWords().adjunctFramers;
  for (let what = article - 2; what >= Math.max(1, article - 6); what--) {
    if (words[what] !== 'what' || words[what - 1] !== 'in') continue;
    return framers.matchAt(words, what + 1) === article - what - 1 ? what - 1 : -1;
  }
  return -1;
}

/** A lower-case word that may modify the noun without making it unreal, denied or another's. */
function modifierWord(env: FrameEnv, t: number): boolean {
  const { view, cues } = env;
  const word = view.words[t] ?? '';
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || (view.unitAt[t] ?? -1) >= 0) return false;
  if (word !== 'of' && (PREPOSITIONS.has(word) || DETERMINERS.has(word))) return false;
  if (BE_AUXILIARIES.has(word) || COPULAS.has(word)) return false;
  if (frameWords().unrealisedModifiers.has(word)) return false;
  const { negators, modals } = cues.context;
  return negators.matchAt(view.words, t) === 0 && modals.matchAt(view.words, t) === 0;
}

/** "X, in a swipe at Y, said": a comma and a verb follow the adjunct's actor. */
function trailedBySubject(env: FrameEnv, open: number, found: Side): boolean {
  const target = beforeComma(env.view, found);
  return target !== undefined && setOffSubject(env, open) !== undefined;
}

/**
 * ", in a swipe at Y" after the clause: the clause subject the noun frame finds, unless it stands
 * in a clause reported by a speech verb or opened by "that" before it ("X said Z had failed").
 */
function trailingEnds(env: FrameEnv, hit: CueHit, found: Side): AdjunctEnds {
  const subject = subjectOf(env, hit, 'noun');
  if (subject === undefined) return null;
  const { words } = env.view;
  const { speechVerbs } = env.cues.context;
  for (let t = 0; t < subject.firstToken; t++) {
    if (words[t] === 'that' || speechVerbs.has(words[t] ?? '')) return null;
  }
  return { source: subject, target: found };
}

/**
 * "In a swipe at Y, X's foreign minister said": past the head the subject owns when it acts for
 * the subject (`representativeHeads`, after at most two modifiers); else `at` itself.
 */
function headEnd(env: FrameEnv, at: number): number {
  const { words } = env.view;
  if (words[at] !== "'s") return at;
  for (let t = at + 1; t <= at + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[t] ?? ''); t++) {
    const head = env.cues.context.representativeHeads.matchAt(words, t);
    if (head > 0) return t + head;
  }
  return at;
}

/** The main verb of the group opening at `from`, past its auxiliaries, modals, negators and adverbs. */
function mainVerb(env: FrameEnv, from: number): number {
  const { words } = env.view;
  const { negators, modals } = env.cues.context;
  const limit = Math.min(words.length, from + MAX_AUXILIARIES);
  let t = from;
  while (t < limit) {
    const word = words[t] ?? '';
    const skip =
      TENSE_AUXILIARIES.has(word) ||
      BE_AUXILIARIES.has(word) ||
      isAdverb(word) ||
      word === 'do' ||
      word === 'does' ||
      word === 'did' ||
      word.endsWith("n't") ||
      negators.matchAt(words, t) > 0 ||
      modals.matchAt(words, t) > 0;
    if (!skip) break;
    t++;
  }
  return t;
}

/**
 * The part of the target group before its first comma, and that comma, when the comma follows it
 * or a thing it owns ("in protest at Y's new tariffs, X ..."); else undefined.
 */
function beforeComma(view: SentenceView, found: Side): { side: Side; close: number } | undefined {
  const u = view.unitAt[found.firstToken] ?? -1;
  const hasComma = (unit: Unit): boolean =>
    view.words.slice(found.firstToken, unit.firstToken).includes(',');
  const side = u < 0 ? undefined : sideOf(view, u, hasComma);
  if (side === undefined) return undefined;
  let close = side.lastToken + 1;
  if (view.words[close] === "'s") {
    const limit = close + 1 + MAX_POSSESSED;
    close++;
    while (close < limit && /^\p{Ll}[\p{Ll}-]*$/u.test(view.words[close] ?? '')) close++;
  }
  if (view.words[close] !== ',') return undefined;
  return { side: { ...side, certainty: found.certainty }, close };
}

/** "X, in a swipe at Y, said": the actor group opening the sentence right before ", in". */
function setOffSubject(env: FrameEnv, open: number): Side | undefined {
  const { view } = env;
  if (view.words[open - 1] !== ',') return undefined;
  const u = view.unitAt[open - 2] ?? -1;
  if (u < 0 || !view.units[u]?.actor) return undefined;
  const side = sideOf(view, u);
  if (side === undefined || side.lastToken !== open - 2) return undefined;
  return side.firstToken === sentenceStart(view) ? side : undefined;
}

function sentenceStart(view: SentenceView): number {
  return DETERMINERS.has(view.words[0] ?? '') ? 1 : 0;
}
