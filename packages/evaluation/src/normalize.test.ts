import { describe, expect, it } from 'vitest';
import { normalizeName, quoteWords } from './normalize.js';

describe('normalizeName', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeName('Recep Tayyip Erdoğan')).toBe(normalizeName('recep tayyip erdogan'));
    expect(normalizeName('U.S.')).toBe(normalizeName('US'));
    expect(normalizeName('Agence France-Presse')).toBe('agence france presse');
  });

  it('ignores a leading "the" but not one inside the name', () => {
    expect(normalizeName('The Alliance')).toBe('alliance');
    expect(normalizeName('Theresa May')).toBe('theresa may');
    expect(normalizeName('Bank of the West')).toBe('bank of the west');
  });

  it('ignores a possessive with a straight or curly apostrophe', () => {
    expect(normalizeName('Erdogan’s')).toBe('erdogan');
    expect(normalizeName("NATO's")).toBe('nato');
    expect(normalizeName('the alliance’s')).toBe('alliance');
  });

  it('leaves nothing of a name that is only "the" or punctuation', () => {
    expect(normalizeName('The')).toBe('');
    expect(normalizeName('—')).toBe('');
  });
});

describe('quoteWords', () => {
  it('splits folded text into words, dropping quotation marks and dashes', () => {
    expect(quoteWords('“It’s being discussed — whether NATO should,” ')).toEqual([
      'its',
      'being',
      'discussed',
      'whether',
      'nato',
      'should',
    ]);
  });

  it('returns no words for punctuation only', () => {
    expect(quoteWords('...')).toEqual([]);
  });
});
