import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const count = (text: string): number => extract(text, { id: 'word-count' }).article.wordCount;

describe('article word count', () => {
  it('counts whitespace-separated words with a letter or digit, not bare punctuation', () => {
    expect(count('The council met on Monday - and voted 12 to 3.')).toBe(10);
    expect(count('Prices rose \u2014 sharply , analysts said')).toBe(5);
  });

  it('splits on Unicode spaces and counts words in other scripts', () => {
    expect(count('Zoë\u00a0Brandt\u2003visited\u3000北京 and Köln')).toBe(6);
    expect(count('\u0661\u0662 ٪ 𝐀bc \t\n done')).toBe(3);
  });
});
