import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { PRONOUN_SUBJECTS } from './word-classes.js';

/**
 * "Hungary said it would veto the plan", "she told reporters she would back Y": the "would" of
 * a speaker's own declared intention, reported in the past, is the past of "X says it will veto"
 * (future-modality.ts keeps that a fact). Only right after a subject pronoun that follows the
 * speech verb (and "that"), which the subject reading gives the speaker; "Analysts said China
 * would oppose Y" is a prediction about another and keeps its modal. Negation, "if" and
 * questions are read as before, and a condition anywhere after it ("if", "unless") keeps the modal.
 */
export function reportedIntention(cues: CompiledCues, view: SentenceView, t: number): boolean {
  const { words } = view;
  if (words[t] !== 'would' || !PRONOUN_SUBJECTS.has(words[t - 1] ?? '')) return false;
  let k = t - 2;
  if (words[k] === 'that') k--;
  if (!cues.context.speechVerbs.has(words[k] ?? '') || !/ed$|^(?:said|told)$/.test(words[k] ?? ''))
    return false;
  // "said he would back Y if she ran": a condition after it keeps the modal.
  for (let after = t + 1; after < words.length; after++)
    if (CONDITIONS.has(words[after] ?? '')) return false;
  return true;
}

const CONDITIONS: ReadonlySet<string> = new Set([
  'if',
  'unless',
  'provided',
  'providing',
  'should',
]);
