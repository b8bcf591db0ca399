import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { SentenceView } from './sentence-view.js';
import { isAdverb } from './word-classes.js';
import ongoingJson from './ongoing-words.json' with { type: 'json' };

const OngoingWordsSchema = z.object({
  description: z.string(),
  continuations: z.array(LowerWord).min(1),
  between: z.array(LowerWord),
});

interface OngoingWords {
  continuations: ReadonlySet<string>;
  between: ReadonlySet<string>;
}

let cached: OngoingWords | undefined;

export function ongoingWords(): OngoingWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(OngoingWordsSchema, ongoingJson, 'relations/ongoing-words.json');
  cached = { continuations: new Set(lists.continuations), between: new Set(lists.between) };
  return cached;
}

/**
 * "X will continue to support Y", "X will also keep backing Y": the "will" at `will` governs a
 * verb of continuation (adverbs may stand between), so the stance after it holds already and
 * goes on; the future predicts no new act. Only a continuation right before the cue counts.
 */
export function continuesAfterWill(view: SentenceView, will: number, cueToken: number): boolean {
  const words = ongoingWords();
  let t = will + 1;
  while (t < cueToken && (words.between.has(view.words[t] ?? '') || isAdverb(view.words[t] ?? '')))
    t++;
  if (!words.continuations.has(view.words[t] ?? '')) return false;
  const next = t + 1;
  return next === cueToken || (view.words[next] === 'to' && next + 1 === cueToken);
}
