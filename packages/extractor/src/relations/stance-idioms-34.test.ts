import { describe, expect, it } from 'vitest';
import type { EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Verbs of dismissal and quarrel, support held or earned ("has the backing of Y"), and party
// strategists who do not speak for their party (stop 34), on sentences written for these tests.

const vance = personSpec('vance', 'Nora Vance', 'Vance');
const osei = personSpec('osei', 'Kofi Osei', 'Osei');
const people = [vance, osei];
const greens: EntitySpec = {
  id: 'org:greens',
  type: 'Organization',
  names: ['Green Party', 'Greens'],
};
const triples = (text: string): string[] => stanceTriples(text, people);

describe('extractRelations: verbs of dismissal and quarrel', () => {
  it.each([
    'Nora Vance scoffed at Kofi Osei’s proposal.',
    'Nora Vance balked at Kofi Osei’s demands.',
    'Nora Vance bristled at Kofi Osei’s remarks on Monday.',
    'Nora Vance took umbrage at Kofi Osei’s comments.',
    'Nora Vance poked fun at Kofi Osei during the dinner.',
    'Nora Vance brushed aside Kofi Osei’s concerns.',
    'Nora Vance brushed off Kofi Osei’s criticism.',
    'Nora Vance has feuded with Kofi Osei for years.',
    'Nora Vance sparred with Kofi Osei in the debate.',
    'Nora Vance has butted heads with Kofi Osei since 2015.',
    'Nora Vance locked horns with Kofi Osei over the budget.',
    'Nora Vance crossed swords with Kofi Osei at the hearing.',
    'Nora Vance had harsh words for Kofi Osei on Monday.',
    'Nora Vance took a hard line against Kofi Osei.',
    'Nora Vance stood firm against Kofi Osei’s plan.',
  ])('gives OPPOSES for %j', (text) => {
    expect(triples(text)).toEqual(['OPPOSES person:vance person:osei']);
  });

  it.each([
    'Nora Vance did not scoff at Kofi Osei’s proposal.',
    'Nora Vance might balk at Kofi Osei’s demands.',
    'Did Nora Vance poke fun at Kofi Osei?',
    'Nora Vance brushed off the dust and greeted Kofi Osei.',
    'Nora Vance brushed off questions about Kofi Osei.',
    'Nora Vance did not have harsh words for Kofi Osei.',
    'Nora Vance had no harsh words for Kofi Osei.',
    'Nora Vance will have harsh words for Kofi Osei.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractRelations: "had kind words for Y"', () => {
  it('gives SUPPORTS for "X had kind words for Y"', () => {
    expect(triples('Nora Vance had kind words for Kofi Osei after the vote.')).toEqual([
      'SUPPORTS person:vance person:osei',
    ]);
  });

  it('gives nothing for "Did X have kind words for Y?"', () => {
    expect(triples('Did Nora Vance have kind words for Kofi Osei?')).toEqual([]);
  });
});

describe('extractRelations: support earned, "X earned the backing of Y"', () => {
  it.each([
    'Nora Vance earned the support of Kofi Osei last year.',
    'Nora Vance enjoys the full backing of Kofi Osei.',
    'Nora Vance won the tacit support of Kofi Osei.',
  ])('gives SUPPORTS from Y for %j', (text) => {
    expect(triples(text)).toEqual(['SUPPORTS person:osei person:vance']);
  });

  it.each([
    'Nora Vance has not earned the support of Kofi Osei.',
    'Nora Vance would win the support of Kofi Osei.',
    'If Nora Vance earns the support of Kofi Osei, she will win.',
    'Did Nora Vance earn the backing of Kofi Osei?',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractRelations: a party strategist is not the party', () => {
  it('gives the party nothing for "X, a Greens strategist who has criticized Y"', () => {
    const cast = [vance, osei, greens];
    const found = stanceTriples(
      'Nora Vance, a Greens strategist who has criticized Kofi Osei, wrote a memo.',
      cast,
    );
    expect(found.filter((t) => t.includes(greens.id))).toEqual([]);
  });
});

describe('extractRelations: a stance adjective after a thing the actor issues', () => {
  it.each([
    ['Nora Vance issued a statement critical of Kofi Osei.', 'OPPOSES'],
    ['Nora Vance made remarks sharply critical of Kofi Osei.', 'OPPOSES'],
    ['Nora Vance has made comments supportive of Kofi Osei’s bid.', 'SUPPORTS'],
  ])('gives the issuer’s stance for %j', (text, relation) => {
    expect(triples(text)).toEqual([`${relation} person:vance person:osei`]);
  });

  it.each([
    'Nora Vance did not issue a statement critical of Kofi Osei.',
    'Nora Vance may issue a statement critical of Kofi Osei.',
    'Nora Vance rejected a report critical of Kofi Osei.',
    'Nora Vance read a report critical of Kofi Osei.',
    'Nora Vance received a letter attacking Kofi Osei.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
