import { describe, expect, it } from 'vitest';
import { AsciiWordsPattern } from './ascii-words-pattern.js';

const FORMER = /\b(?:former|ex)[\s-]+$/iu;
const SOURCE = String.raw`\bmembers\s+of\s+(?:the\s+)?$`;

describe('AsciiWordsPattern', () => {
  it('answers as the /iu pattern on ordinary text, in any case', () => {
    const pattern = new AsciiWordsPattern(FORMER);
    for (const text of [
      'the Former ',
      'his ex-',
      'an EX ',
      'the next ',
      'Reformer ',
      'ex',
      'é ex ',
    ])
      expect(pattern.test(text)).toBe(FORMER.test(text));
  });

  it('reads the long s and the Kelvin sign as /iu does', () => {
    const members = new AsciiWordsPattern(new RegExp(SOURCE, 'iu'));
    // "ſ" folds to "s" under /iu alone; the Kelvin sign is a word character there, so no \b.
    expect(members.test('the memberſ of ')).toBe(true);
    expect(new RegExp(SOURCE, 'i').test('the memberſ of ')).toBe(false);
    const former = new AsciiWordsPattern(FORMER);
    expect(former.test('\u212Aex ')).toBe(FORMER.test('\u212Aex '));
    expect(former.test('\u212Aex ')).toBe(false);
  });

  it('refuses a pattern it could not test exactly', () => {
    expect(() => new AsciiWordsPattern(/\bthe\s+\p{L}+$/iu)).toThrow(/ASCII words/);
    expect(() => new AsciiWordsPattern(/\bthe.$/iu)).toThrow(/ASCII words/);
    expect(() => new AsciiWordsPattern(/\bthe$/i)).toThrow(/ASCII words/);
  });
});
