import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

const { chile, peru } = STATES;
const { mercosur } = ORGS;
const front: EntitySpec = {
  id: 'org:northern-front',
  type: 'Organization',
  names: ['Northern Front'],
  attributes: { kind: 'armed' },
};
const ALL = [chile, peru, mercosur, front];

function members(text: string): string[] {
  return stanceTriples(text, ALL, ['MEMBER_OF']);
}

describe('"which includes" after a body that a noun is against', () => {
  it('names no member of the body the noun before it is against or about', () => {
    expect(
      members('The coalition against the Northern Front, which includes Chile, struck.'),
    ).toEqual([]);
    expect(
      members('The war on the Northern Front, which includes Chile and Peru, went on.'),
    ).toEqual([]);
    expect(members('A campaign against Mercosur, which includes Peru, began.')).toEqual([]);
  });

  it('still reads the members a body includes elsewhere', () => {
    expect(members('Officials met Mercosur, which includes Chile and Peru.')).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
      'MEMBER_OF state:PER org:mercosur',
    ]);
    expect(members('The talks of Mercosur, which includes Chile, ended.')).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
    ]);
  });
});
