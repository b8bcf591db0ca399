import { describe, expect, it } from 'vitest';
import { worseningWords } from './worsening-words.js';

// The word lists that moved out of frame-words.json into a file of the frame that reads them.

describe('word lists of one frame each', () => {
  it('reads the worsening frame words as sets', () => {
    const words = worseningWords();
    expect(words.worseningWords.has('soured')).toBe(true);
    expect(words.changeGap.has('since')).toBe(true);
  });
});
