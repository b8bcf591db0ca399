import { describe, expect, it } from 'vitest';
import { personSpec, stanceTriples } from './test-stance.js';

// Praise and scorn piled on, and support or a rebuff handed over as a double object (stop 36),
// on sentences written for these tests.

const vance = personSpec('vance', 'Nora Vance', 'Vance');
const osei = personSpec('osei', 'Kofi Osei', 'Osei');
const triples = (text: string): string[] => stanceTriples(text, [vance, osei]);

describe('extractRelations: support handed over ("gave Y his backing")', () => {
  it.each([
    'Nora Vance gave Kofi Osei her backing on Monday.',
    'Nora Vance offered Kofi Osei her full support.',
    'Nora Vance gave Kofi Osei a ringing endorsement.',
    'Nora Vance piled praise on Kofi Osei.',
    'Nora Vance showered Kofi Osei with praise.',
    'Nora Vance singled out Kofi Osei for praise.',
  ])('gives SUPPORTS for %j', (text) => {
    expect(triples(text)).toEqual(['SUPPORTS person:vance person:osei']);
  });

  it.each([
    'Nora Vance gave Kofi Osei short shrift.',
    'Nora Vance gave Kofi Osei a dressing down.',
    'Nora Vance piled scorn on Kofi Osei.',
    'Nora Vance piles criticism on Kofi Osei.',
    'Nora Vance singled out Kofi Osei for criticism.',
    'Nora Vance threw Kofi Osei under the bus.',
  ])('gives OPPOSES for %j', (text) => {
    expect(triples(text)).toEqual(['OPPOSES person:vance person:osei']);
  });

  it.each([
    'Nora Vance did not give Kofi Osei her backing.',
    'Nora Vance refused to give Kofi Osei her backing.',
    'Nora Vance would give Kofi Osei her backing.',
    'Did Nora Vance give Kofi Osei her backing?',
    'Nora Vance gave Kofi Osei her book.',
    'Nora Vance gave Kofi Osei a call.',
    'Nora Vance denied piling praise on Kofi Osei.',
    'Nora Vance piled the boxes on Kofi Osei’s desk.',
    'Nora Vance took Kofi Osei to dinner.',
    'Nora Vance showered Kofi Osei with gifts.',
    'Nora Vance singled out Kofi Osei for a new role.',
    'Nora Vance denied throwing Kofi Osei under the bus.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
