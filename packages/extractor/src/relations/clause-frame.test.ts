import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { chile, france, germany, peru, russia, turkey } = STATES;
const lopez: EntitySpec = { id: 'person:ana-lopez', type: 'Person', names: ['Ana Lopez', 'Lopez'] };
const roux: EntitySpec = { id: 'person:jean-roux', type: 'Person', names: ['Jean Roux', 'Roux'] };
const roe: EntitySpec = { id: 'person:jane-roe', type: 'Person', names: ['Jane Roe', 'Roe'] };

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

// The first four sentences give nothing without the clause frame (checked by disabling it).
describe('clauseFrame: stance verbs read through the syntax layer', () => {
  it('reads a passive whose by-agent carries a title', () => {
    expect(
      triples(
        'When she took office, Jane Roe was praised by gallery owner Ana Lopez for being a leader in the arts.',
        [roe, lopez],
      ),
    ).toEqual(['SUPPORTS person:ana-lopez person:jane-roe']);
  });

  it('distributes a list of titled subjects over the verb, past an adverb', () => {
    expect(
      triples(
        'In Lima, novelist Ana Lopez, actor Jean Roux and other speakers emotionally attacked Russia for its war.',
        [lopez, roux, russia],
      ),
    ).toEqual(['OPPOSES person:ana-lopez state:RUS', 'OPPOSES person:jean-roux state:RUS']);
  });

  it('steps over a long relative clause to its antecedent', () => {
    expect(
      triples(
        'France, whose ministers met in Geneva last week after months of talks, condemned Turkey.',
        [france, turkey],
      ),
    ).toEqual(['OPPOSES state:FRA state:TUR']);
  });

  it('lets a subject headed by a representative noun act for the actor modifying it', () => {
    expect(
      triples(
        'But most Chilean leaders and the opposition quickly took offence, accusing Peru of bad faith.',
        [chile, peru],
      ),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives the second of two coordinated verbs the first one’s subject, not its object', () => {
    expect(
      triples('Germany sharply criticised Russia and praised Chile.', [germany, russia, chile]),
    ).toEqual(['OPPOSES state:DEU state:RUS', 'SUPPORTS state:DEU state:CHL']);
  });

  it('emits nothing for a negated, modal or questioned stance verb', () => {
    for (const text of [
      'France, whose ministers met in Geneva last week, did not condemn Turkey.',
      'France, whose ministers met in Geneva last week, would condemn Turkey.',
      'Will France, whose ministers met in Geneva last week, condemn Turkey?',
    ])
      expect(triples(text, [france, germany, turkey])).toEqual([]);
    // Germany has not condemned Turkey; France, urging it to, takes that stance itself.
    const urged =
      'France, whose ministers met in Geneva last week, urged Germany to condemn Turkey.';
    expect(triples(urged, [france, germany, turkey])).toEqual(['OPPOSES state:FRA state:TUR']);
  });
});
