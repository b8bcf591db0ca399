import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { brazil, chile, peru } = STATES;

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

const BOTH = ['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL'];

describe('pairFrame', () => {
  it('reads a conflict noun with "between X and Y" as each opposing the other', () => {
    expect(
      triples('A bitter row between Peru and Chile erupted on Monday.', [peru, chile]),
    ).toEqual(BOTH);
    expect(triples('Tensions between Chile and Peru have grown.', [peru, chile])).toEqual(BOTH);
  });

  it('reads a hyphenated pair before the noun ("Peru-Chile tensions")', () => {
    expect(triples('Peru-Chile tensions rose sharply.', [peru, chile])).toEqual(BOTH);
    expect(triples('The Peru-Chile border war ended.', [peru, chile])).toEqual(BOTH);
  });

  it('gives every pair of a longer list, and nothing for a single party or a negation', () => {
    expect(
      triples('The dispute between Peru, Chile and Brazil dragged on.', [peru, chile, brazil]),
    ).toHaveLength(6);
    expect(triples('The row over tariffs in Peru continued.', [peru, chile])).toEqual([]);
    expect(triples('Officials denied any rift between Peru and Chile.', [peru, chile])).toEqual([]);
  });
});
