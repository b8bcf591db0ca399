import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// Strikes, raids and revenge aimed at an actor, designations and deterrence (issue 10, stop 30),
// on sentences written for these tests.

const { chile, peru, brazil } = STATES;
const front: EntitySpec = { id: 'org:red-front', type: 'Organization', names: ['Red Front'] };
const all = [chile, peru, brazil, front];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: strikes, raids and revenge against an actor', () => {
  it.each([
    'Chile launched air strikes against the Red Front.',
    'Chile carried out a strike on the Red Front.',
    'Chile launched airstrikes against the Red Front on Monday.',
    'Chile staged raids against the Red Front.',
    'Chile vowed revenge against the Red Front.',
    'Chile vowed to take revenge on the Red Front.',
  ])('gives OPPOSES for %j', (text) => {
    expect(triples(text)).toEqual(['OPPOSES state:CHL org:red-front']);
  });

  it.each([
    'Chile did not launch strikes against the Red Front.',
    'Chile might launch strikes against the Red Front.',
    'Did Chile launch strikes against the Red Front?',
    'Workers in Chile went on strike against low pay.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractRelations: designating an actor a terrorist group', () => {
  it('gives OPPOSES for "designated Y (as) a terrorist organization"', () => {
    expect(triples('Peru designated the Red Front a terrorist organization.')).toEqual([
      'OPPOSES state:PER org:red-front',
    ]);
    expect(triples('Peru designated the Red Front as a terrorist group.')).toEqual([
      'OPPOSES state:PER org:red-front',
    ]);
  });

  it('gives nothing for a neutral designation or a modal one', () => {
    expect(triples('Peru designated Brazil as its partner for the summit.')).not.toContain(
      'OPPOSES state:PER state:BRA',
    );
    expect(triples('Peru may designate the Red Front a terrorist organization.')).toEqual([]);
  });
});

describe('extractRelations: deterring an actor', () => {
  it('gives OPPOSES for "sought to deter Y"', () => {
    expect(triples('Brazil sought to deter Chile.')).toEqual(['OPPOSES state:BRA state:CHL']);
  });

  it('gives nothing when the deterring is negated or is done by a thing', () => {
    expect(triples('Brazil did not deter Chile.')).toEqual([]);
    expect(triples('The high price deterred buyers in Chile.')).toEqual([]);
  });
});

describe('extractRelations: a purpose infinitive after sending or deploying', () => {
  it.each([
    ['Brazil sent warships to the region to deter Chile.', 'OPPOSES state:BRA state:CHL'],
    ['Brazil massed troops on the border to threaten Peru.', 'OPPOSES state:BRA state:PER'],
    ['Chile deployed troops to the north to deter Peru.', 'OPPOSES state:CHL state:PER'],
    ['Peru sent weapons to the capital to help Chile.', 'SUPPORTS state:PER state:CHL'],
  ])('gives the subject the infinitive’s stance: %j', (text, triple) => {
    expect(triples(text)).toEqual([triple]);
  });

  it.each([
    'Brazil did not send warships to the region to deter Chile.',
    'Brazil may send warships to the region to deter Chile.',
    'Brazil sent a delegation to the capital to meet Chile.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
