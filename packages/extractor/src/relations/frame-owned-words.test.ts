import { describe, expect, it } from 'vitest';
import { chargeWords } from './charge-words.js';
import { thanksWords } from './thanks-words.js';
import { worseningWords } from './worsening-words.js';

// The word lists that moved out of frame-words.json into a file of the frame that reads them.

describe('word lists of one frame each', () => {
  it('reads the worsening frame words as sets', () => {
    const words = worseningWords();
    expect(words.worseningWords.has('soured')).toBe(true);
    expect(words.changeGap.has('since')).toBe(true);
  });

  it('reads the denied-charge and thanked-support words as sets', () => {
    expect(chargeWords().denyVerbs.has('denying')).toBe(true);
    expect(chargeWords().chargeNouns.has('allegations')).toBe(true);
    expect(thanksWords().thanksVerbs.has('thanked')).toBe(true);
    expect(thanksWords().thankedNouns.has('solidarity')).toBe(true);
  });
});
