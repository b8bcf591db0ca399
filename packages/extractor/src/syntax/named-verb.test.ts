import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { tagTokens } from './tags.js';

function tags(text: string): string[] {
  const tokens = tokenize(text, 0, text.length);
  const { pos } = tagTokens(tokens);
  return tokens.map((t, i) => `${t.text}/${pos[i] ?? ''}`);
}

describe('verbAfterOpeningName', () => {
  it('reads an "-s" word between an opening name and its object as the verb', () => {
    expect(tags('Obama backs Clinton, yet condemns Trump.')).toContain('backs/VBZ');
    expect(tags('Kerry backs talks.')).toContain('backs/VBZ');
  });

  it('leaves a plural noun whose phrase a later verb has as its subject', () => {
    expect(tags('Obama aides Jarrett and Axelrod said it.')).toContain('aides/NNS');
  });
});
