import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { chile, peru } = STATES;
const people: EntitySpec[] = [
  { id: 'p:ping', type: 'Person', names: ['Lu Xiaoping'] },
  { id: 'p:ahmed', type: 'Person', names: ['Omar Ahmed'] },
  { id: 'p:reading', type: 'Person', names: ['Jo Reading'] },
];

function stances(text: string): string[] {
  return extractRelations(analysisOf(text, [chile, peru, ...people]), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

describe('a name that ends as a verb form ends is no verb before a past tense', () => {
  it.each([
    ['Lu Xiaoping rejected the offer by Peru.', 'p:ping OPPOSES state:PER'],
    ['Omar Ahmed criticised Chile.', 'p:ahmed OPPOSES state:CHL'],
    ['Jo Reading praised Peru.', 'p:reading SUPPORTS state:PER'],
  ])('%j', (text, edge) => {
    expect(stances(text)).toContain(edge);
  });

  it('still reads a participle after an -ing verb as describing its object', () => {
    // "are investigating alleged kickbacks": "alleged" is no finite verb.
    expect(stances('Peru is investigating criticised deals with Chile.')).toEqual([]);
  });
});
