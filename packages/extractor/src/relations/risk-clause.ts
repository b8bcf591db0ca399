import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { BE_AUXILIARIES, isAdverb } from './word-classes.js';

/** "risk", "risks", "risked", "risking": the one verb stem of the construction. */
const RISK = /^risk(?:s|ed|ing)?$/u;

/**
 * "X warned (that) Y risked further isolation", "X said Y could risk losing allies": a clause
 * that says Y runs a risk is a warning about Y's situation, no stance on Y. `from` is the token
 * after the cue; a clause after "that", or straight after a speech verb, is read.
 */
export function reportsRisk(cues: CompiledCues, view: SentenceView, from: number): boolean {
  let t = from;
  if (view.words[t] === 'that') t++;
  else if (!cues.context.speechVerbs.has(view.words[from - 1] ?? '')) return false;
  if (view.words[t] === 'the') t++;
  const unit = view.units[view.unitAt[t] ?? -1];
  if (unit === undefined || unit.firstToken !== t || !unit.actor) return false;
  let next = unit.lastToken + 1;
  for (let k = 0; k < 3; k++) {
    const word = view.words[next] ?? '';
    // "could risk", "will risk", "is risking": modals, "will" and forms of "be" may stand between.
    const auxiliary = cues.context.modals.has(word) || word === 'will' || BE_AUXILIARIES.has(word);
    if (!auxiliary && !isAdverb(word)) break;
    next++;
  }
  return RISK.test(view.words[next] ?? '');
}
