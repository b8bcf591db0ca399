import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { tagTokens } from './tags.js';

function tags(text: string): string[] {
  const tokens = tokenize(text, 0, text.length);
  const { pos } = tagTokens(tokens);
  return tokens.map((t, i) => `${t.text}/${pos[i] ?? ''}`);
}

describe('nounAfterNamedArticle', () => {
  it('reads a plural-form verb after "a" and a name as the head noun', () => {
    expect(tags('A Kowal win in Texas would hurt her.')).toContain('win/NN');
  });

  it('leaves a verb after names that are its plural subject', () => {
    expect(tags('Kowal and Lind win in Texas.')).toContain('win/VBP');
  });
});
