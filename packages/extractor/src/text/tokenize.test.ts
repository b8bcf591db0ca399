import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('keeps dotted abbreviations and splits hyphenated names', () => {
    expect(tokenize('the U.S.-led China-UK deal').map((t) => t.text)).toEqual([
      'the',
      'U.S.',
      '-',
      'led',
      'China',
      '-',
      'UK',
      'deal',
    ]);
  });

  it('splits a possessive and marks the owner', () => {
    const tokens = tokenize("NATO’s role and Britain's");
    expect(tokens.map((t) => t.text)).toEqual(['NATO', '’s', 'role', 'and', 'Britain', "'s"]);
    expect(tokens[0]?.poss).toBe(true);
  });

  it('drops a sentence-final dot but keeps titles and initials', () => {
    expect(tokenize('Mr. J. Doe left Brussels.').map((t) => t.text)).toEqual([
      'Mr.',
      'J.',
      'Doe',
      'left',
      'Brussels',
      '.',
    ]);
  });

  it('indexes the original text exactly', () => {
    const text = '“It’s here,” Erdoğan’s aide said — £3bn.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tells capitals, acronyms and words apart', () => {
    const [nato, word, name] = tokenize('NATO said Esper');
    expect(nato).toMatchObject({ upper: true, cap: true });
    expect(word).toMatchObject({ upper: false, cap: false, word: true });
    expect(name).toMatchObject({ upper: false, cap: true });
  });
});
