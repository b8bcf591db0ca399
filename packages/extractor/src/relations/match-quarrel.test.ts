import { describe, expect, it } from 'vitest';
import { isMatchQuarrel } from './sport-action.js';

const words = (text: string): string[] => text.toLowerCase().split(' ');

describe('isMatchQuarrel', () => {
  it('reads a quarrel verb in a sentence with a word of the pitch as play', () => {
    expect(isMatchQuarrel(words('the two sides clashed in the qualifier'), 3)).toBe(true);
    expect(isMatchQuarrel(words('the keepers sparred all match'), 2)).toBe(true);
  });

  it('leaves a quarrel with no word of the pitch, or another verb, alone', () => {
    expect(isMatchQuarrel(words('the two ministers clashed over the budget'), 3)).toBe(false);
    expect(isMatchQuarrel(words('the two sides met in the qualifier'), 3)).toBe(false);
  });
});
