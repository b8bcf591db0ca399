import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "X will criticise Y at the summit": the narrator predicts an act the text does not state. A
 * future the actor itself declares is a stated commitment and stays a fact: "X announced that
 * it will back Y", "X said it will fund Y" (a speech verb earlier in the sentence).
 */
export function predictedFuture(cues: CompiledCues, view: SentenceView, t: number): boolean {
  if (view.words[t] !== 'will') return false;
  for (let k = 0; k < t; k++) if (cues.context.speechVerbs.has(view.words[k] ?? '')) return false;
  return true;
}
