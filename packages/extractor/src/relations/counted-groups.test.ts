import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

const { brazil, chile, peru, france, germany, uk, us } = STATES;
const andean: EntitySpec = {
  id: 'group:andean-nations',
  type: 'Group',
  names: ['Andean nations'],
};
const powers: EntitySpec = {
  id: 'group:european-powers',
  type: 'Group',
  names: ['European powers'],
};
const ALL = [brazil, chile, peru, france, germany, uk, us, andean, powers];

describe('countedGroupCandidates', () => {
  it('reads "the two <group>" as the two states just listed', () => {
    expect(
      stanceTriples(
        'Brazil objected to the pact between Chile and Peru, accusing the two Andean nations of bad faith.',
        ALL,
      ),
    ).toEqual(['OPPOSES state:BRA state:CHL', 'OPPOSES state:BRA state:PER']);
  });

  it('reads "the three <group>" as a list of three in an earlier sentence', () => {
    expect(
      stanceTriples(
        'Britain, France and Germany drafted a text on trade. The three European powers, backed by the United States, want a vote.',
        ALL,
      ),
    ).toEqual([
      'SUPPORTS state:USA state:DEU',
      'SUPPORTS state:USA state:FRA',
      'SUPPORTS state:USA state:GBR',
    ]);
  });

  it('keeps the group when the count matches no list, or no determiner points back', () => {
    expect(
      stanceTriples(
        'Chile and Peru signed a pact. The three European powers, backed by the United States, want a vote.',
        ALL,
      ),
    ).toEqual(['SUPPORTS state:USA group:european-powers']);
    expect(
      stanceTriples('Chile and Peru met. Brazil criticised two Andean nations on Monday.', ALL),
    ).toEqual(['OPPOSES state:BRA group:andean-nations']);
  });
});
