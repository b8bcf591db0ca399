import type { Token } from '../text/tokenize.js';
import { SYNTAX_WORDS } from '../syntax/syntax-words.js';
import { cuesFor } from '../relations/cue-lexicon.js';
import { ratedJudgements } from '../relations/vader/rated-judgements.js';
import { hashString, mix } from '../tagger/hash.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { syntaxFeatures, type CharSpan } from './pair-syntax.js';

/** A mention as a token range [first, last] of its sentence. */
export interface PairEnd {
  first: number;
  last: number;
}

/** One sentence as the classifier reads it: its tokens and their lower-case, apostrophe-folded words. */
export interface PairSentence {
  tokens: readonly Token[];
  words: readonly string[];
}

/** Words between the two mentions kept as features, from each side: a long gap says little more. */
const EDGE_WORDS = 8;
const CONTEXT_WORDS = 3;
const DISTANCE_BUCKETS = [0, 1, 2, 4, 7, 12, 20];
const QUOTES = new Set(['"', '“', '”']);

/**
 * The hashed features of a pair of mentions A (first in the text) and B of one sentence. The two
 * mentions read as placeholders and every other capitalised word as one shape, so no name is ever
 * a feature: the classifier learns constructions, not what the training news said of whom.
 */
export function pairFeatures(
  sentence: PairSentence,
  a: PairEnd,
  b: PairEnd,
  syntax?: SentenceSyntax,
): number[] {
  const out: number[] = [];
  const add = (name: string, value: string): void => {
    out.push(mix(hashString(name), hashString(value)));
  };
  const { tokens } = sentence;
  const word = (i: number): string => {
    if (i >= a.first && i <= a.last) return '<A>';
    if (i >= b.first && i <= b.last) return '<B>';
    return normalized(sentence, i);
  };
  add('bias', '');
  const gap = b.first - a.last - 1;
  add('distance', String(DISTANCE_BUCKETS.filter((d) => gap >= d).length));
  const between: number[] = [];
  for (let i = a.last + 1; i < b.first; i++)
    if (i - a.last <= EDGE_WORDS || b.first - i <= EDGE_WORDS) between.push(i);
  let previous = '<A>';
  for (const i of between) {
    const w = word(i);
    add('between', w);
    add('between-pair', `${previous} ${w}`);
    previous = w;
  }
  add('between-pair', `${previous} <B>`);
  add('after-a', word(a.last + 1));
  add('after-a-2', `${word(a.last + 1)} ${word(a.last + 2)}`);
  add('before-b', word(b.first - 1));
  add('before-b-2', `${word(b.first - 2)} ${word(b.first - 1)}`);
  add('before-a', word(a.first - 1));
  add('after-b', word(b.last + 1));
  add('after-b-2', `${word(b.last + 1)} ${word(b.last + 2)}`);
  for (let k = 2; k <= CONTEXT_WORDS; k++) {
    add('around-a', word(a.first - k));
    add('around-b', word(b.last + k));
  }
  classFeatures(sentence, between, add);
  const aQuoted = quotesBefore(tokens, a.first) % 2 === 1;
  const bQuoted = quotesBefore(tokens, b.first) % 2 === 1;
  add('quoted', `${aQuoted} ${bQuoted}`);
  if (tokens[tokens.length - 1]?.text === '?') add('question', '');
  if (syntax !== undefined) syntaxFeatures(syntax, span(tokens, a), span(tokens, b), add);
  return out;
}

/** Cue classes, negation and modality of the words between: what the rules' lexicons say of them. */
function classFeatures(
  sentence: PairSentence,
  between: readonly number[],
  add: (name: string, value: string) => void,
): void {
  const cues = cuesFor(undefined);
  const ratings = ratedJudgements().ratings;
  let negated = false;
  let modal = false;
  for (const i of between) {
    const w = sentence.words[i] ?? '';
    if (SYNTAX_WORDS.negators.has(w)) negated = true;
    if (SYNTAX_WORDS.modals.has(w)) modal = true;
    if (SYNTAX_WORDS.agentPrepositions.has(w) && i + 1 === between[between.length - 1])
      add('by', w);
    for (const form of cues.forms.get(w) ?? []) {
      const cue = `${form.family.relation} ${form.family.frame}`;
      add('cue', cue);
      add('cue-negated', `${cue} ${negated} ${modal}`);
    }
    const rating = ratings.get(w);
    if (rating !== undefined) add('rated', `${rating > 0} ${negated}`);
  }
  add('negated', String(negated));
  add('modal', String(modal));
}

/** A word as a feature: numbers and capitalised words (names, mostly) by their shape only. */
function normalized(sentence: PairSentence, i: number): string {
  const token = sentence.tokens[i];
  if (token === undefined) return i < 0 ? '<s>' : '</s>';
  if (/^\p{N}/u.test(token.text)) return '<num>';
  if (token.cap && i > 0) return token.upper ? '<CAPS>' : '<Cap>';
  return sentence.words[i] ?? '';
}

function span(tokens: readonly Token[], end: PairEnd): CharSpan {
  return { start: tokens[end.first]?.start ?? 0, end: tokens[end.last]?.end ?? 0 };
}

function quotesBefore(tokens: readonly Token[], at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++) if (QUOTES.has(tokens[i]?.text ?? '')) n++;
  return n;
}
