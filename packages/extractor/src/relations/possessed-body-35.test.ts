import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

const { germany, russia } = STATES;
const party: EntitySpec = {
  id: 'org:green-league',
  type: 'Organization',
  names: ['Green League'],
  attributes: { kind: 'party', state: 'state:DEU' },
};
const rebels: EntitySpec = {
  id: 'org:north-front',
  type: 'Organization',
  names: ['North Front'],
  attributes: { kind: 'armed' },
};
const ministry: EntitySpec = {
  id: 'org:interior-ministry-deu',
  type: 'Organization',
  names: ['Interior Ministry'],
  attributes: { kind: 'gov', state: 'state:DEU' },
};
const ALL = [germany, russia, party, rebels, ministry];

function stances(text: string): string[] {
  return stanceTriples(text, ALL);
}

describe("a state's possessive before another body's own name", () => {
  it('aims the stance at the body, not at the state that only places it', () => {
    expect(stances("Russia praised Germany's Green League.")).toEqual([
      'SUPPORTS state:RUS org:green-league',
    ]);
    expect(stances("Russia praised Germany's Green League for its stance.")).toEqual([
      'SUPPORTS state:RUS org:green-league',
    ]);
    expect(stances("Russia attacked Germany's North Front rebels.")).toEqual([
      'OPPOSES state:RUS org:north-front',
    ]);
  });

  it("keeps the state for its own government body and for a body's other nouns", () => {
    expect(stances("Russia criticised Germany's Interior Ministry.")).toEqual([
      'OPPOSES state:RUS state:DEU',
    ]);
    expect(stances("Russia criticised Germany's rebels.")).toEqual([]);
  });
});
