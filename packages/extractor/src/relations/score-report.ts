import type { EntityRelationType } from '@newsgraph/graph-schema';
import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';
import { isNumber } from './word-classes.js';

const { marginWords: MARGIN_WORDS, marginUnits: MARGIN_UNITS } = frameWords();

/**
 * "beating Y 45 to 40 percent", "beats Y 42-40", "defeated Y by 20 points": a score or margin right
 * after the object reports a poll or a tally, not an act against Y.
 */
function isScoreAfter(view: SentenceView, t: number): boolean {
  const { words } = view;
  if (isNumber(words[t] ?? '')) {
    const joint = words[t + 1] ?? '';
    return (joint === 'to' || joint === '-') && isNumber(words[t + 2] ?? '');
  }
  if (words[t] !== 'by') return false;
  let k = t + 1;
  while (MARGIN_WORDS.has(words[k] ?? '')) k++;
  return isNumber(words[k] ?? '') && MARGIN_UNITS.has(words[k + 1] ?? '');
}

/**
 * The one rule both emitters apply (frame-env's emitPairs, the clause frame): an OPPOSES whose
 * object is followed, at token `after`, by a score or margin reports a result, not a stance.
 */
export function scoreVoids(
  relation: EntityRelationType,
  view: SentenceView,
  after: number | undefined,
): boolean {
  return relation === 'OPPOSES' && after !== undefined && isScoreAfter(view, after);
}
