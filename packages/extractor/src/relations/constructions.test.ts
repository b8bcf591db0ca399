import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { brazil, chile, peru, japan } = STATES;
const lopez: EntitySpec = { id: 'person:rosa-lopez', type: 'Person', names: ['Rosa Lopez'] };
const okafor: EntitySpec = { id: 'person:ben-okafor', type: 'Person', names: ['Ben Okafor'] };

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS' || r.type === 'ALLIED_WITH')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: participial adjuncts', () => {
  it('gives a participle after a comma the subject of its clause', () => {
    expect(
      triples(
        'Peru recalled its envoy from the capital after weeks of failed talks, accusing Chile of spying.',
        [peru, chile],
      ),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives a participle after a thing the actor issued the issuer as source', () => {
    expect(
      triples('Brazil published a long statement yesterday condemning Chile.', [brazil, chile]),
    ).toEqual(['OPPOSES state:BRA state:CHL']);
    expect(
      triples('Rosa Lopez is running adverts in two states attacking Ben Okafor.', [lopez, okafor]),
    ).toEqual(['OPPOSES person:rosa-lopez person:ben-okafor']);
  });

  it('leaves a progressive, a negated clause and a carrier-less participle alone', () => {
    expect(triples('Rebels near the border are attacking Chile.', [chile])).toEqual([]);
    expect(triples('Peru did not issue a statement criticising Chile.', [peru, chile])).toEqual([]);
    expect(
      triples('Japan sent soldiers fighting in the hills to help Chile.', [japan, chile]),
    ).toEqual([]);
  });
});
