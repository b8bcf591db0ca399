import { describe, expect, it } from 'vitest';
import { mentionWords } from '../lexicon/mention-words.js';
import { referenceNoun } from './reference-nouns.js';

describe('referenceNoun', () => {
  it('reads every word as the word-list object does', () => {
    const nouns = mentionWords().referenceNouns;
    const listed = Object.keys(nouns);
    expect(listed.length).toBeGreaterThan(0);
    for (const word of [...listed, 'bridge', 'said', '', 'constructor', 'toString'])
      expect(referenceNoun(word)).toBe(nouns[word]);
    expect(referenceNoun('bridge')).toBeUndefined();
  });
});
