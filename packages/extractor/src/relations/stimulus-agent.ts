import type { CueHit } from './cue-matches.js';
import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';

const STIMULUS_VERBS = frameWords().stimulusVerbs;
const LOWER_WORD = /^\p{Ll}+$/u;
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * "X was encouraged by Y's announcement", "X was angered by Y's remarks": after a verb of feeling,
 * an owned thing as the agent is what moved X; Y did not act on X, and being moved is no stance
 * of X's that the text states (frame-words.json `stimulusVerbs`). `byAt`: the agent's "by".
 */
export function ownedStimulus(view: SentenceView, hit: CueHit, byAt: number): boolean {
  if (!STIMULUS_VERBS.has(view.words[hit.endToken - 1] ?? '')) return false;
  const at = view.words[byAt + 1] === 'the' ? byAt + 2 : byAt + 1;
  const unit = view.units[view.unitAt[at] ?? -1];
  if (unit === undefined) return false;
  let next = unit.lastToken + 1;
  const marked = POSSESSIVE_MARKS.has(view.words[next] ?? '');
  if (marked) next++;
  else if (view.tokens[unit.lastToken]?.poss !== true) return false;
  return LOWER_WORD.test(view.words[next] ?? '');
}
