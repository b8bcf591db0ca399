import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "X broke its alliance with Y", "X rejected a defence pact with Y", "X is considering an
 * alliance with Y": a verb before an alliance noun, in [from, to), that ends it or leaves it
 * unmade.
 */
export function allianceUndone(view: SentenceView, from: number, to: number): boolean {
  const undoers = frameWords().allianceUndoers;
  for (let t = Math.max(0, from); t < to; t++) if (undoers.has(view.words[t] ?? '')) return true;
  return false;
}
