import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { PhraseTrie } from './phrase-trie.js';

describe('PhraseTrie.longest', () => {
  const trie = new PhraseTrie<string>((w) => w.toLowerCase());
  trie.add('foreign minister', 'short');
  trie.add('foreign minister of state', 'long');
  const tokens = tokenize('the Foreign Minister of State spoke');

  it('returns the longest phrase starting at a token', () => {
    expect(trie.longest(tokens, 1)).toEqual({ end: 5, values: ['long'] });
  });

  it('falls back to a shorter phrase when the longer one is cut by the limit', () => {
    expect(trie.longest(tokens, 1, 4)).toEqual({ end: 3, values: ['short'] });
  });

  it('returns nothing where no phrase starts', () => {
    expect(trie.longest(tokens, 0)).toBeUndefined();
    expect(trie.longest(tokens, 2)).toBeUndefined();
  });
});

describe('PhraseTrie.starts', () => {
  it('tells the first words of phrases, folded as the trie folds them', () => {
    const folded = new PhraseTrie<string>((w) => w.toLowerCase());
    folded.add('foreign minister', 'x');
    expect([folded.starts('Foreign'), folded.starts('minister'), folded.starts('the')]).toEqual([
      true,
      false,
      false,
    ]);
    const exact = new PhraseTrie<string>();
    exact.add('Foreign Office', 'y');
    expect([exact.starts('Foreign'), exact.starts('foreign')]).toEqual([true, false]);
  });
});
