import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

const { chile, peru, brazil } = STATES;
const { eu } = ORGS;
const commission: EntitySpec = {
  id: 'org:european-commission',
  type: 'Organization',
  names: ['European Commission'],
};
const court: EntitySpec = {
  id: 'org:andean-court',
  type: 'Organization',
  names: ['Andean Court'],
};
const niger: EntitySpec = { id: 'state:NER', type: 'State', names: ['Niger', 'Niamey'] };
const ruiz = personSpec('ruiz', 'Ana Ruiz');
const ALL = [chile, peru, brazil, eu, commission, court, niger, ruiz];

describe('describedBodyTarget', () => {
  it('reads "the Commission" as the one body named before whose name it heads, far back', () => {
    const text =
      'Chile and Peru clashed over a European Commission plan at a meeting of EU ministers. ' +
      'Fishing fleets were angry. Talks went on late. Prices fell. Ships stayed in port. ' +
      'Ana Ruiz backed the Commission on Monday.';
    expect(stanceTriples(text, ALL)).toContain('SUPPORTS person:ruiz org:european-commission');
  });

  it('gives nothing when two bodies named before share the head noun', () => {
    const court2: EntitySpec = {
      id: 'org:supreme-court',
      type: 'Organization',
      names: ['Supreme Court'],
    };
    const text =
      'The Andean Court and the Supreme Court both ruled. Prices fell. Ships stayed in port. ' +
      'Talks went on late. Ana Ruiz criticised the Court on Monday.';
    expect(stanceTriples(text, [...ALL, court2])).toEqual([]);
  });
});

describe('rulers in a capital', () => {
  it('makes "the junta in <capital>" and "the rulers in <capital>" the state', () => {
    expect(stanceTriples('Chile sided with the junta in Niamey.', ALL)).toEqual([
      'SUPPORTS state:CHL state:NER',
    ]);
    expect(stanceTriples('Peru criticised the rulers in Niamey on Monday.', ALL)).toEqual([
      'OPPOSES state:PER state:NER',
    ]);
  });
});
