import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// A quote opening at the verb after a reported pronoun continues the reporting clause;
// sentences written for these tests.

const { chile, peru } = STATES;

describe('extractRelations: a quoted predicate after a reported pronoun', () => {
  it('gives the stance to the one who said it', () => {
    expect(
      stanceTriples('Peru said it "strongly condemns the decision by Chile".', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(
      stanceTriples('Peru said that it "regrets the decision by Chile".', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives nothing when the quote is denied or follows a name', () => {
    expect(
      stanceTriples('Peru said it "does not condemn the decision by Chile".', [peru, chile]),
    ).toEqual([]);
    expect(stanceTriples("Peru 'regrets' step The court ruled on Chile.", [peru, chile])).toEqual(
      [],
    );
  });
});
