import type { Token } from './text/tokenize.js';
import type { Analysis } from './types.js';

/** The tokens of a text read as one window, and each sentence's token range [first, last). */
interface KeptTokens {
  tokens: readonly Token[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
}

const kept = new WeakMap<Analysis, KeptTokens>();

/**
 * Keeps the entity stages' tokens of a one-window text with its analysis, for the relation stages
 * to read instead of tokenizing every sentence again. They live as long as the analysis does; a
 * text of several windows keeps none (its tokens live one window at a time, see windows.ts).
 */
export function keepTokens(analysis: Analysis, tokens: KeptTokens): void {
  kept.set(analysis, tokens);
}

/**
 * The tokens of sentence `index` of an analysis that kept them: exactly what tokenizing the
 * sentence's text on its own gives, since no token crosses a sentence boundary. Undefined otherwise.
 */
export function keptSentenceTokens(analysis: Analysis, index: number): Token[] | undefined {
  const found = kept.get(analysis);
  const range = found?.sentenceTokens[index];
  if (found === undefined || range === undefined) return undefined;
  return found.tokens.slice(range[0], range[1]);
}
