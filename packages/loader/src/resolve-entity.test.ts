import { describe, expect, it } from 'vitest';
import { fullTextQuery } from './resolve-entity.js';

describe('fullTextQuery', () => {
  it('keeps the words, lower-cased, each long one also fuzzy', () => {
    expect(fullTextQuery('Ana Pereira')).toBe('ana pereira pereira~1');
  });
  it('lets no Lucene operator or special character through', () => {
    expect(fullTextQuery('O\'Brien AND (x) OR "y"~ -z* title:w \\')).toBe(
      'o brien brien~1 and x or y z title title~1 w',
    );
  });
  it('is null for a text without a word', () => {
    expect(fullTextQuery(' -*?" ')).toBeNull();
  });
});
