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

  it('splits words as the regular expression it replaces does, outside ASCII too', () => {
    // The specification the hand-written scan follows: a word, or one other visible character.
    const spec = /[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*\.?|\S/gu;
    const texts = [
      'U.S.-led talks, O’Brien of AT&T and Zoë’d café: ½ of 2²… done.',
      'Tabs\tand\u00a0no-break\u2028spaces\u3000here 😀x a.b.c. end.',
      "Ibn 'Abd and rock 'n' roll, the '90s, Jones' dog",
    ];
    for (const text of texts) {
      const words = tokenize(text).map((t) => text.slice(t.start, t.end));
      const expected = [...text.matchAll(spec)].flatMap((m) => {
        const w = m[0];
        // A final sentence dot is split off a matched word (the texts have no possessive "'s").
        return w.length > 1 && w.endsWith('.') && !/^(?:\p{L}\.)+\p{L}\.$|^\p{Lu}\.$/u.test(w)
          ? [w.slice(0, -1), '.']
          : [w];
      });
      expect(words.join('|')).toBe(expected.join('|'));
    }
  });
  it('sets the flags by their definitions on words of every ASCII shape', () => {
    const parts = [
      'NATO',
      'Esper',
      'said',
      'F16',
      '3M',
      '2024',
      'AT&T',
      'U.S.',
      'x',
      'A',
      "'s",
      '.',
      ',',
      '-',
    ];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let j = 0; j < 6; j++)
        text += (parts[next() % parts.length] ?? '') + (next() % 3 ? ' ' : '');
      for (const t of tokenize(text)) {
        const letters = t.text.replace(/[^A-Za-z]/g, '');
        expect(t.text).toBe(text.slice(t.start, t.end));
        expect(t.word).toBe(/^[A-Za-z0-9]/.test(t.text));
        expect(t.cap).toBe(/^[A-Z]/.test(t.text));
        expect(t.upper).toBe(letters.length >= 2 && letters === letters.toUpperCase());
      }
    }
  });
});
