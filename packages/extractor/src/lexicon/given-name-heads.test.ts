import { describe, expect, it } from 'vitest';
import { body } from '../stages/test-helpers.js';
import { lexicon } from './lexicon.js';

describe('given names', () => {
  it('hold no head word of an organization or place name', () => {
    const lex = lexicon();
    const heads = [...lex.orgHeads, ...lex.locationHeads];
    expect(heads.filter((h) => lex.firstNames.has(h))).toEqual([]);
  });

  it('hold no compass point, which opens place names', () => {
    const lex = lexicon();
    expect(['North', 'South', 'East', 'West'].filter((w) => lex.firstNames.has(w))).toEqual([]);
    const found = body('Talks went on. Jobs moved to North Veldoria-Marken last year.').entities;
    expect(found.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('leave "Bank of X" opening a sentence to the bank', () => {
    const found = body('Bank of Veldoria cut its main rate on Tuesday.').entities.map(
      (e) => `${e.type} ${e.name}`,
    );
    expect(found).toContain('Organization Bank of Veldoria');
    expect(found.filter((e) => e.startsWith('Person'))).toEqual([]);
  });
});
