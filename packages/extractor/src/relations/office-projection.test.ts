import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { analysisOf, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A person acting in office: the state the sentence names as the office's is an accepted source
// (guidelines), on sentences written for these tests.

const { chile, peru } = STATES;
const ana = personSpec('ana-torres', 'Ana Torres', 'Torres');
const luis = { ...personSpec('luis-mota', 'Luis Mota', 'Mota'), attributes: { actorState: 'PER' } };

/** Stances of a sentence whose "Foreign Minister" title stands before Ana Torres. */
function withTitle(text: string, entities: EntitySpec[]): string[] {
  const roles = [{ person: 'Ana Torres', title: 'Foreign Minister' }];
  return extractRelations(analysisOf(text, entities, roles), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: a stance taken in office', () => {
  it('gives the state named with the title the holder’s stance too', () => {
    expect(
      withTitle('Peruvian Foreign Minister Ana Torres criticised Chile.', [peru, ana, chile]),
    ).toEqual(['OPPOSES person:ana-torres state:CHL', 'OPPOSES state:PER state:CHL']);
    expect(
      stanceTriples('Ana Torres, the Peruvian ambassador, praised Chile.', [ana, peru, chile]),
    ).toEqual(['SUPPORTS person:ana-torres state:CHL', 'SUPPORTS state:PER state:CHL']);
  });

  it('projects nothing without a state named for the office, or onto the state itself', () => {
    expect(withTitle('Foreign Minister Ana Torres criticised Chile.', [ana, chile])).toEqual([
      'OPPOSES person:ana-torres state:CHL',
    ]);
    expect(
      withTitle('Peruvian Foreign Minister Ana Torres criticised Peru’s congress.', [peru, ana]),
    ).toEqual(['OPPOSES person:ana-torres state:PER']);
  });

  it('does not make a quarrel inside a state the state’s', () => {
    expect(
      withTitle('Peruvian Foreign Minister Ana Torres criticised Luis Mota.', [peru, ana, luis]),
    ).toEqual(['OPPOSES person:ana-torres person:luis-mota']);
  });
});
