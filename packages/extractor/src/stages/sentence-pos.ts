import { rawPosTags } from '../syntax/tags.js';
import type { Token } from '../text/tokenize.js';
import type { SlotInput } from './slot-reading.js';

const cache = new WeakMap<readonly Token[], Map<number, string[]>>();

/** The Penn part-of-speech tags of a whole sentence of the window, tagged once per window and sentence. */
export function sentencePosTags(input: SlotInput, sentence: number): string[] {
  let bySentence = cache.get(input.tokens);
  if (bySentence === undefined) {
    bySentence = new Map();
    cache.set(input.tokens, bySentence);
  }
  let tags = bySentence.get(sentence);
  if (tags === undefined) {
    const [first, last] = input.sentenceTokens[sentence] ?? [0, 0];
    tags = rawPosTags(input.tokens.slice(first, last));
    bySentence.set(sentence, tags);
  }
  return tags;
}

/** The part-of-speech tagger reads token `at` of the sentence as a verb ("trust", "help", "took"). */
export function posVerbAt(input: SlotInput, sentence: number, at: number): boolean {
  const first = input.sentenceTokens[sentence]?.[0] ?? 0;
  return /^VB/.test(sentencePosTags(input, sentence)[at - first] ?? '');
}
