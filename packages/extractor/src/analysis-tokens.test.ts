import { describe, expect, it } from 'vitest';
import { keptSentenceTokens } from './analysis-tokens.js';
import { analyze, extractInWindows } from './pipeline.js';
import { tokenize } from './text/tokenize.js';

const TEXT = [
  'Talks stall in Geneva',
  '',
  'Foreign Minister Ana Ruiz of Chile said on Monday that the U.S. plan "would not work." She met Lena Marsh\'s aides.',
  '',
  'Marsh, 54, told reporters: "We\'ll see." The talks resume in Bern at 10 a.m. on Tuesday.',
].join('\n');

describe('keptSentenceTokens', () => {
  it('gives each sentence of a one-window text the tokens tokenizing the sentence gives', () => {
    const analysis = analyze(TEXT);
    expect(analysis.sentences.length).toBeGreaterThan(3);
    for (const s of analysis.sentences) {
      const kept = keptSentenceTokens(analysis, s.index);
      expect(kept).toEqual(tokenize(TEXT, s.start, s.end));
    }
  });

  it('keeps nothing for a text read in several windows, whose tokens are dropped window by window', () => {
    const { analysis } = extractInWindows(TEXT, 120);
    expect(keptSentenceTokens(analysis, 0)).toBeUndefined();
  });
});
