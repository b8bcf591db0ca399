import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// A state's name after a word of direction names a region of it (sentences written for these tests).

const { chile, peru } = STATES;

describe('extractRelations: support for a region of a state is not support for the state', () => {
  it('gives no SUPPORTS toward "Northern Y" or "eastern Y"', () => {
    expect(
      stanceTriples('Chile supports Northern Peru with money and arms.', [chile, peru]),
    ).toEqual([]);
    expect(stanceTriples('Chile has long backed eastern Peru.', [chile, peru])).toEqual([]);
  });

  it('keeps support for the state itself and acts against a region', () => {
    expect(stanceTriples('Chile supports Peru with money and arms.', [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(stanceTriples('Chile attacked northern Peru on Monday.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});
