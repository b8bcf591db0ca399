import { SYNTAX_WORDS } from '../syntax/index.js';
import { asideStart } from './apposition.js';
import type { CompiledCues } from './cue-lexicon.js';
import { isPresentVerbCue, isPresentWord } from './fronted-phrase.js';
import { modalityWords } from './modality-words.js';
import { isPastForm } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { DETERMINERS, isAdverb } from './word-classes.js';

/** What the comma reading needs: the sentence, its cues, and where its stance verbs start. */
export interface CommaQuery {
  view: SentenceView;
  cues: CompiledCues;
  stanceVerbs?: ReadonlySet<number> | undefined;
}

/** Tokens of a subject's end (`from`: the first token after it), a comma, and the cue after it. */
export interface CommaSpan {
  from: number;
  comma: number;
  cue: number;
}

/**
 * "X criticised A for its policy, blasted B for ...", "X backs Y, condemns Z": a verb right after
 * a comma (adverbs such as "then" aside) continues a list of the subject's predicates when a
 * verb of the same tense already stands between the subject and that comma: a stance verb, or a
 * verb right after the subject ("X met Y, condemned Z"; "X meets Y, condemns Z" in -s). Not inside a relative or subordinate clause
 * ("X, which Y criticised, blasted Z", "When Y criticised A, X blasted B"), whose subject is its
 * own.
 */
export function commaCoordinated(query: CommaQuery, span: CommaSpan): boolean {
  const { view, cues, stanceVerbs } = query;
  const { words } = view;
  if (words[span.comma] !== ',' || stanceVerbs === undefined) return false;
  if (commaBefore(view, span.cue) !== span.comma) return false;
  const tense = tenseOf(cues, words[span.cue] ?? '');
  if (tense === undefined) return false;
  let verb = agrees(cues, tense, wordAfter(words, span.from));
  // A plural's first verb stands right after the subject: "X wants to back Y, ..." has none.
  for (let t = span.from; t < span.comma && tense !== 'plural'; t++)
    if (stanceVerbs.has(t) && (tense === 'past' || agrees(cues, tense, words[t] ?? '')))
      verb = true;
  return verb && !opensOwnClause(words, span.comma);
}

/**
 * "Peru, for its part, hits back at Y", "Peru, a close ally, backs Y": a bare form right after
 * the comma closing an aside or apposition that follows an actor is that actor's verb; so is one
 * in -s continuing an actor's predicates ("Peru backs Y, condemns Z"), whose subject is then for
 * `commaCoordinated` to find: an actor before the comma has a word in -s right after it.
 */
export function verbAfterComma(query: CommaQuery, cue: number): boolean {
  return asideStart(query.view, query.cues, cue - 1) !== undefined || presentAfterComma(query, cue);
}

function presentAfterComma(query: CommaQuery, cue: number): boolean {
  const { view, cues } = query;
  const comma = commaBefore(view, cue);
  const tense = tenseOf(cues, view.words[cue] ?? '');
  if (comma < 0 || tense === undefined || tense === 'past') return false;
  if (opensOwnClause(view.words, comma)) return false;
  for (const unit of view.units) {
    const after = wordAfter(view.words, unit.lastToken + 1);
    if (unit.actor && unit.lastToken < comma && agrees(cues, tense, after)) return true;
  }
  return false;
}

/**
 * "X meets Y, condemns Z": the phrase [first, last] ends right before the comma before a verb
 * cue (`reach` 'verb') in the present tense or past, and follows a verb of that tense (a
 * determiner aside): it is that verb's object, which a lone comma parts from the cue, not the
 * cue's subject. An apposition ("X's wife, Jane Doe, denounced") follows a comma, not a verb.
 */
export function objectBeforeComma(
  query: CommaQuery & { cueToken: number; reach: string },
  first: number,
  last: number,
): boolean {
  const { view, cues, cueToken: cue } = query;
  if (query.reach !== 'verb' || commaBefore(view, cue) !== last + 1) return false;
  let t = first - 1;
  while (DETERMINERS.has(view.words[t] ?? '')) t--;
  const tense = tenseOf(cues, view.words[cue] ?? '');
  return tense !== undefined && agrees(cues, tense, view.words[t] ?? '');
}

/**
 * "The senator backs Y, condemns Z" with "backs" tagged a noun: the name heading the parse's
 * subject (at view token `head`) is the earlier verb's object that `objectBeforeComma` finds.
 */
export function commaPartedHead(query: CommaQuery, head: number, cue: number): boolean {
  const unit = query.view.units[query.view.unitAt[head] ?? -1];
  if (unit === undefined) return false;
  const at = { ...query, cueToken: cue, reach: 'verb' };
  return objectBeforeComma(at, unit.firstToken, unit.lastToken);
}

/** The comma before `cue`, adverbs between them aside; -1 when there is none. */
function commaBefore(view: SentenceView, cue: number): number {
  let t = cue - 1;
  while (t >= 0 && (isAdverb(view.words[t] ?? '') || contrast(view.words[t] ?? ''))) t--;
  return view.words[t] === ',' ? t : -1;
}

function contrast(word: string): boolean {
  return modalityWords().contrastAdverbs.has(word);
}

/** The tense a cue shows: past, present in -s, or the bare form a plural subject takes. */
type Tense = 'past' | 'present' | 'plural';

function tenseOf(cues: CompiledCues, cue: string): Tense | undefined {
  if (isPastForm(cue)) return 'past';
  if (isPresentWord(cue) && isPresentVerbCue(cues, cue)) return 'present';
  return isBareVerbCue(cues, cue) ? 'plural' : undefined;
}

/** A verb of the cue's tense: any past form, any word in -s, or a bare verb cue. */
function agrees(cues: CompiledCues, tense: Tense, word: string): boolean {
  if (tense === 'past') return isPastForm(word);
  return tense === 'present' ? isPresentWord(word) : isBareVerbCue(cues, word);
}

/** "slam", "back": the bare form of a verb cue, not its form in -s. */
function isBareVerbCue(cues: CompiledCues, word: string): boolean {
  if (isPresentWord(word)) return false;
  return (
    cues.forms.get(word)?.some((f) => f.family.frame === 'verb' && f.shape === 'bare') ?? false
  );
}

/** The word at `from`, adverbs aside: the verb right after a subject, if any. */
function wordAfter(words: readonly string[], from: number): string {
  let t = from;
  while (isAdverb(words[t] ?? '')) t++;
  return words[t] ?? '';
}

/** A relative pronoun before `end`, or a subordinator opening the sentence or a comma's clause. */
function opensOwnClause(words: readonly string[], end: number): boolean {
  for (let t = 0; t < end; t++) {
    const word = words[t] ?? '';
    if (SYNTAX_WORDS.relativePronouns.has(word)) return true;
    if (SYNTAX_WORDS.subordinators.has(word) && (t === 0 || words[t - 1] === ',')) return true;
  }
  return false;
}
