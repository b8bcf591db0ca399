import type { CompiledCues } from './cue-lexicon.js';
import { reportedJudgementWords } from './reported-judgement-words.js';
import type { SentenceView } from './sentence-view.js';

const WORDS = reportedJudgementWords();

/**
 * A verb whose finite clause reports its subject's judgement: a speech verb ("said", "told") or
 * one of `reportingVerbs` ("believes", "wrote", "saying").
 */
export function isReportingVerb(cues: CompiledCues, word: string): boolean {
  return cues.context.speechVerbs.has(word) || WORDS.reportingVerbs.has(word);
}

/**
 * "X said Y is doing a great job": where the deed at `cue` starts once a progressive "be" before
 * it is passed (only before a deed in -ing), so that the actor before it is read as the doer.
 */
export function progressiveStart(view: SentenceView, cue: number): number {
  if (!(view.words[cue] ?? '').endsWith('ing')) return cue;
  return WORDS.progressiveBe.has(view.words[cue - 1] ?? '') ? cue - 1 : cue;
}
