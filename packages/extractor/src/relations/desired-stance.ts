import type { SentenceView } from './sentence-view.js';
import { DETERMINERS, POSSESSIVES, isAdverb } from './word-classes.js';
import { modalityWords } from './modality-words.js';
import { phraseWords } from './phrase-words.js';

const DESIRE = modalityWords().desireVerbs;

/**
 * "X wants to ban Y", "X tried to block Y": a stance verb as the
 * infinitive of a verb of wanting or trying shows the subject's stance now, whether or not the
 * act follows. The token of that verb, where factuality is read up to; else `cueToken`.
 */
export function stanceFactualEnd(view: SentenceView, cueToken: number): number {
  if (view.words[cueToken - 1] !== 'to') return cueToken;
  let t = cueToken - 2;
  if (isAdverb(view.words[t] ?? '')) t--;
  if (!DESIRE.has(view.words[t] ?? '')) return cueToken;
  // "Chile's plan to sanction Y", "the bid to oust Y": a noun of intention after an owner or a
  // determiner is intended-stance.ts's to read (plans and bids stay out there).
  const before = view.words[t - 1] ?? '';
  if (DETERMINERS.has(before) || POSSESSIVES.has(before) || /^['’]s?$/.test(before))
    return cueToken;
  return t;
}

/**
 * On that path the target must be the infinitive's own object: "wants to veto the bill that
 * allows suits against Y" opposes the bill's sponsor, not Y.
 */
export function relativeBetween(view: SentenceView, from: number, to: number): boolean {
  const relatives = phraseWords().relativePronouns;
  for (let t = from; t < to; t++) {
    const word = view.words[t] ?? '';
    if (relatives.has(word) || word === 'whom') return true;
  }
  return false;
}
