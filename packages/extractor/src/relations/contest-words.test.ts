import { describe, expect, it } from 'vitest';
import { contestWords } from './contest-words.js';

describe('contestWords', () => {
  it('reads the contest, margin and result lists of the score rules as sets', () => {
    const words = contestWords();
    expect(words.contestVerbs.has('unseated')).toBe(true);
    expect(words.marginWords.has('nearly')).toBe(true);
    expect(words.marginUnits.has('points')).toBe(true);
    expect(words.resultVerbs.has('outlasted')).toBe(true);
  });
});
