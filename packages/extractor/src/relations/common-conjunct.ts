import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';
import {
  DETERMINERS,
  PREPOSITIONS,
  PUNCTUATION,
  SKIPPABLE,
  isAdverb,
  isNumber,
} from './word-classes.js';

const MAX_WORDS = 4;
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);

/**
 * "France, Germany and other countries condemned Y", "X and some of its allies accuse Y": the
 * "and" at `andAt` joins a named subject to a common-noun phrase (opened by "other", "several",
 * ... or a determiner, up to four plain lower-case words) that runs, past auxiliaries and
 * adverbs only, up to the verb at `to`. The conjunct names no one; the named actors still act.
 */
export function commonConjunctBefore(
  cues: CompiledCues,
  view: SentenceView,
  andAt: number,
  to: number,
): boolean {
  if (view.words[andAt] !== 'and') return false;
  const opener = view.words[andAt + 1] ?? '';
  if (!cues.context.conjunctOpeners.has(opener) && !DETERMINERS.has(opener)) return false;
  let t = andAt + 2;
  // "X and some of its allies": a quantifier's "of" and determiner belong to the opener.
  if (view.words[t] === 'of' && DETERMINERS.has(view.words[t + 1] ?? '')) t += 2;
  let nouns = 0;
  while (t < to && plainWord(view, t)) {
    nouns++;
    t++;
  }
  if (nouns === 0 || nouns > MAX_WORDS) return false;
  for (; t < to; t++) {
    const word = view.words[t] ?? '';
    if (!SKIPPABLE.has(word) && !isAdverb(word) && !PUNCTUATION.test(word)) return false;
  }
  return true;
}

/** A lower-case word of a noun phrase: no name, auxiliary, adverb, preposition or relative. */
function plainWord(view: SentenceView, t: number): boolean {
  const word = view.words[t] ?? '';
  if ((view.unitAt[t] ?? -1) >= 0 || !/^\p{Ll}[\p{Ll}-]*$/u.test(surface(view, t))) return false;
  return !(
    SKIPPABLE.has(word) ||
    isAdverb(word) ||
    isNumber(word) ||
    PREPOSITIONS.has(word) ||
    RELATIVES.has(word) ||
    DETERMINERS.has(word) ||
    word === 'and' ||
    word === 'or'
  );
}

function surface(view: SentenceView, t: number): string {
  const token = view.tokens[t];
  if (token === undefined) return '';
  const base = view.sentence.start;
  return view.sentenceText.slice(token.start - base, token.end - base);
}

/** How far back from a verb the "and" of a common conjunct may stand ("and some of its allies"). */
const CONJUNCT_REACH = 2 + 2 + MAX_WORDS;

/**
 * "X and its partners accuse Y": the bare verb at `t` follows a common-noun conjunct of a named
 * actor, so it is a verb, as it is right after a name.
 */
export function afterCommonConjunct(cues: CompiledCues, view: SentenceView, t: number): boolean {
  for (let k = t - 2; k >= Math.max(1, t - CONJUNCT_REACH); k--) {
    if (view.words[k] !== 'and') continue;
    const before = view.units[view.unitAt[k - 1] ?? -1];
    return before?.actor !== undefined && commonConjunctBefore(cues, view, k, t);
  }
  return false;
}
