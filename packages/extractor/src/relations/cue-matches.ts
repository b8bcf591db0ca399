import type { CompiledCues, CueForm, CuePhrase } from './cue-lexicon.js';
import { separableHitOf, type SeparableForm } from './separable-cues.js';
import type { SentenceView } from './sentence-view.js';
import { MODIFIER_SLOT, modifierSlotEnds } from './modifier-slot.js';
import { isQuoteMark } from './quoted-predicate.js';

/** A cue found in a sentence: its span, its tokens [startToken, endToken), what it may mean. */
export interface CueHit {
  start: number;
  end: number;
  startToken: number;
  endToken: number;
  forms: readonly CueForm[];
  /** "-led" (after a name) or "pro-" (before one): the hit is glued to a name. */
  glued: 'hyphen' | 'prefix' | undefined;
}

const REFLEXIVES = new Set([
  'itself',
  'themselves',
  'himself',
  'herself',
  'ourselves',
  'myself',
  'yourself',
]);

/**
 * Every cue in the sentence, in text order, found by walking its tokens once: the longest phrase
 * starting at each token wins; exclusions ("back down") are consumed without a hit. A cue glued
 * to a hyphen ("U.S.-led") is only read by the hyphen and prefix frames.
 */
export function matchCues(cues: CompiledCues, view: SentenceView): CueHit[] {
  const hits: CueHit[] = [];
  const { words, tokens } = view;
  const index = firstWordIndex(cues);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '-' && glued(view, i - 1, i) && glued(view, i, i + 1)) {
      const forms = cues.hyphenForms.get(words[i + 1] ?? '');
      if (forms) hits.push(hit(view, i, i + 2, forms, 'hyphen'));
      continue;
    }
    if (words[i + 1] === '-' && glued(view, i, i + 1) && glued(view, i + 1, i + 2)) {
      const forms = cues.prefixForms.get(word);
      if (forms) hits.push(hit(view, i, i + 2, forms, 'prefix'));
      continue;
    }
    // One lookup for both kinds of cue a word may start; most words start neither.
    const starts = index.get(word);
    if (starts === undefined) continue;
    const separable = starts.separable && separableHitOf(starts.separable, view, i);
    if (separable !== undefined) {
      hits.push(separable);
      continue;
    }
    const candidates = starts.phrases;
    if (candidates === undefined || (words[i - 1] === '-' && glued(view, i - 1, i))) continue;
    for (const phrase of bySecondWord(candidates, words[i + 1])) {
      const end = phraseEnd(phrase.words, view, i, 0, cues.context.modifierSlotWords);
      if (end < 0) continue;
      if (end < tokens.length && glued(view, end - 1, end) && words[end] === '-') continue;
      if (phrase.forms.length > 0) hits.push(hit(view, i, end, phrase.forms, undefined));
      i = end - 1;
      break;
    }
  }
  return hits;
}

/** What may start at a word: a separable verb's forms, the phrases that open with it. */
interface CueStarts {
  separable: readonly SeparableForm[] | undefined;
  phrases: readonly CuePhrase[] | undefined;
}

const firstWordIndexes = new WeakMap<CompiledCues, ReadonlyMap<string, CueStarts>>();

/** `cues.separable` and `cues.phrases` in one map by first word (the same lists), built once. */
function firstWordIndex(cues: CompiledCues): ReadonlyMap<string, CueStarts> {
  let index = firstWordIndexes.get(cues);
  if (index === undefined) {
    const built = new Map<string, CueStarts>();
    for (const word of [...cues.separable.keys(), ...cues.phrases.keys()])
      built.set(word, { separable: cues.separable.get(word), phrases: cues.phrases.get(word) });
    firstWordIndexes.set(cues, (index = built));
  }
  return index;
}

/** A long candidate list split by its phrases' second word, each part in list order. */
interface SecondWordIndex {
  bySecond: ReadonlyMap<string, readonly CuePhrase[]>;
  /** One-word phrases and those with "{self}" second: the part for any other next word. */
  rest: readonly CuePhrase[];
}

/** Lists shorter than this are walked whole. */
const SPLIT_FROM = 8;
const secondWordIndexes = new WeakMap<readonly CuePhrase[], SecondWordIndex>();

/**
 * The candidates that can match when `next` follows the first word: a phrase whose second word
 * is neither `next` nor "{self}" cannot, so common first words ("a ...": dozens of phrases) are
 * not walked whole. Order is kept, so the first match is the same.
 */
function bySecondWord(
  candidates: readonly CuePhrase[],
  next: string | undefined,
): readonly CuePhrase[] {
  if (candidates.length < SPLIT_FROM) return candidates;
  let index = secondWordIndexes.get(candidates);
  if (index === undefined) {
    const slot = (word: string | undefined): boolean => word === '{self}' || word === MODIFIER_SLOT;
    const open = (p: CuePhrase): boolean => p.words.length < 2 || slot(p.words[1]);
    const bySecond = new Map<string, readonly CuePhrase[]>();
    for (const { words } of candidates) {
      const second = words[1];
      if (second === undefined || slot(second) || bySecond.has(second)) continue;
      bySecond.set(
        second,
        candidates.filter((p) => open(p) || p.words[1] === second),
      );
    }
    index = { bySecond, rest: candidates.filter(open) };
    secondWordIndexes.set(candidates, index);
  }
  return (next === undefined ? undefined : index.bySecond.get(next)) ?? index.rest;
}

/**
 * The token after the phrase's words phrase[k…] when they stand at token i ("{self}" matching a
 * reflexive, "{mod}" the shortest modifier run that lets the rest match), else -1.
 */
function phraseEnd(
  phrase: readonly string[],
  view: SentenceView,
  i: number,
  k: number,
  slotWords: ReadonlySet<string>,
): number {
  const { words } = view;
  for (; k < phrase.length; k++, i++) {
    const w = phrase[k];
    if (w === MODIFIER_SLOT) {
      for (const end of modifierSlotEnds(view, i, slotWords)) {
        const after = phraseEnd(phrase, view, end, k + 1, slotWords);
        if (after >= 0) return after;
      }
      return -1;
    }
    // 'made an "invaluable contribution"': the writer quotes the speaker's own words mid-phrase.
    if (k > 0 && w !== words[i] && quoteOpensOn(view, i, w)) i++;
    if (w !== words[i] && !(w === '{self}' && REFLEXIVES.has(words[i] ?? ''))) return -1;
  }
  return i;
}

/** Token `i` is a quote mark glued to the next token, which is `word`. */
function quoteOpensOn(view: SentenceView, i: number, word: string | undefined): boolean {
  return view.words[i + 1] === word && isQuoteMark(view.words[i] ?? '') && glued(view, i, i + 1);
}

/** True when tokens a and b touch with no space between them. */
function glued(view: SentenceView, a: number, b: number): boolean {
  const left = view.tokens[a];
  const right = view.tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start;
}

function hit(
  view: SentenceView,
  from: number,
  to: number,
  forms: readonly CueForm[],
  kind: CueHit['glued'],
): CueHit {
  const start = view.tokens[from]?.start ?? view.sentence.end;
  const end = view.tokens[to - 1]?.end ?? view.sentence.end;
  return { start, end, startToken: from, endToken: to, forms, glued: kind };
}
