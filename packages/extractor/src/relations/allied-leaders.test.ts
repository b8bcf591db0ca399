import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec, type RoleSpec } from './test-analysis.js';

const { brazil, chile, peru, japan, france, germany } = STATES;
const lima: EntitySpec = { id: 'person:ana-lima', type: 'Person', names: ['Ana Lima', 'Lima'] };
const roe: EntitySpec = { id: 'person:jane-roe', type: 'Person', names: ['Jane Roe', 'Roe'] };
const acme: EntitySpec = { id: 'org:acme', type: 'Organization', names: ['Acme'] };
const roles: RoleSpec[] = [
  { person: 'Ana Lima', title: 'President', of: 'state:BRA' },
  { person: 'Jane Roe', title: 'Prime Minister', of: 'state:PER' },
];
const entities = [lima, roe, brazil, chile, peru, japan, france, germany, acme];

function allied(text: string): string[] {
  return extractRelations(analysisOf(text, entities, roles), {})
    .filter((r) => r.type === 'ALLIED_WITH')
    .map((r) => `${r.source} ${r.target}`)
    .sort();
}

const OPENING = 'President Ana Lima said she would raise the floods with allied leaders next week.';

describe('extractRelations: allied leaders', () => {
  it('reads the leaders the same person meets later as the allied leaders', () => {
    const text = `${OPENING} The talks start on Monday. Lima will meet the leaders of Chile, Japan and France in Rome.`;
    expect(allied(text)).toEqual([
      'state:BRA state:CHL',
      'state:BRA state:FRA',
      'state:BRA state:JPN',
    ]);
  });

  it('reads a list right after "allied leaders"', () => {
    expect(allied('President Ana Lima met allied leaders from Chile and Japan on Monday.')).toEqual(
      ['state:BRA state:CHL', 'state:BRA state:JPN'],
    );
  });

  it('gives nothing when another person meets the leaders', () => {
    const text = `${OPENING} Prime Minister Jane Roe will meet the leaders of Chile and Japan.`;
    expect(allied(text)).toEqual([]);
  });

  it('gives nothing without allied leaders, or long after them', () => {
    expect(allied('President Ana Lima will meet the leaders of Chile and Japan.')).toEqual([]);
    const filler = ' The rain kept falling.'.repeat(7);
    const late = `${OPENING}${filler} Lima will meet the leaders of Chile and Japan.`;
    expect(allied(late)).toEqual([]);
  });

  it('gives nothing for a list that holds more than states', () => {
    const text = `${OPENING} Lima will meet the leaders of Chile, Acme and Japan.`;
    expect(allied(text)).toEqual([]);
  });
});
