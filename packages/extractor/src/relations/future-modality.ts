import type { CompiledCues } from './cue-lexicon.js';
import { continuesAfterWill } from './ongoing-stance.js';
import { recallWords } from './recall-28-words.js';
import { STRUCTURAL } from './structural.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "X will criticise Y at the summit": the narrator predicts an act the text does not state. A
 * future the actor itself declares is a stated commitment and stays a fact: "X announced that
 * it will back Y", "X said it will fund Y" (a speech verb earlier in the sentence).
 */
export function predictedFuture(
  cues: CompiledCues,
  view: SentenceView,
  t: number,
  cueToken: number,
): boolean {
  if (view.words[t] !== 'will') return false;
  if (continuesAfterWill(view, t, cueToken)) return false;
  // "X will be sure to accuse Y": the narrator states the act as certain, not as a forecast.
  if (certainAfterWill(view, t)) return false;
  // "X will lead the fund", "X will join NATO": an announced office or membership is reported as
  // settled; only a stance act (criticise, back) is a prediction.
  const forms = cues.forms.get(view.words[cueToken] ?? '') ?? [];
  if (forms.some((form) => STRUCTURAL.has(form.family.relation))) return false;
  for (let k = 0; k < t; k++) if (cues.context.speechVerbs.has(view.words[k] ?? '')) return false;
  return true;
}

const CERTAIN = recallWords().certaintyAdjectives;

/** "will be sure to", "will be certain to": a certainty adjective and its infinitive. */
function certainAfterWill(view: SentenceView, will: number): boolean {
  const { words } = view;
  return words[will + 1] === 'be' && CERTAIN.has(words[will + 2] ?? '') && words[will + 3] === 'to';
}
