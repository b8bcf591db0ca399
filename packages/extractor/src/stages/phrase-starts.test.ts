import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon/lexicon.js';
import { PHRASE_START, phraseStarts, TITLE_START } from './phrase-starts.js';

describe('phraseStarts', () => {
  const lex = lexicon();

  it('says which tries have a phrase starting with the word, as the tries do', () => {
    for (const word of ['President', 'president', 'the', 'Bridge', 'United', 'said']) {
      const bits = phraseStarts(lex, word);
      expect((bits & PHRASE_START) !== 0).toBe(lex.phrases.starts(word));
      expect((bits & TITLE_START) !== 0).toBe(lex.titles.starts(word));
    }
  });

  it('reads titles in any case and phrases as written', () => {
    expect(phraseStarts(lex, 'president') & TITLE_START).toBe(TITLE_START);
    expect(phraseStarts(lex, 'PRESIDENT') & TITLE_START).toBe(TITLE_START);
    expect(phraseStarts(lex, 'zqxjv')).toBe(0);
  });
});
