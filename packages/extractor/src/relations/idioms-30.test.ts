import { describe, expect, it } from 'vitest';
import { personSpec, stanceTriples } from './test-stance.js';

// Idioms of news English for turning against, criticising and falling out (issue 10, stop 30),
// on sentences written for these tests: each with literal, negated and modal twins.

const ana = personSpec('ana-torres', 'Ana Torres', 'Torres');
const luis = personSpec('luis-mota', 'Luis Mota', 'Mota');
const triples = (text: string): string[] => stanceTriples(text, [ana, luis]);
const opposes = 'OPPOSES person:luis-mota person:ana-torres';

describe('extractRelations: idioms of turning against and criticism', () => {
  it.each([
    'Luis Mota piled on Ana Torres after the debate.',
    "Luis Mota poured cold water on Ana Torres's plan.",
    'Luis Mota soured on Ana Torres last year.',
    'Luis Mota turned on Ana Torres.',
    'Luis Mota fell out with Ana Torres over the budget.',
    'Luis Mota has long been a thorn in the side of Ana Torres.',
  ])('gives OPPOSES for %j', (text) => {
    expect(triples(text)).toEqual([opposes]);
  });

  it('gives both directions when the two fell out together', () => {
    expect(triples('Luis Mota and Ana Torres fell out over the budget.')).toEqual([
      'OPPOSES person:ana-torres person:luis-mota',
      opposes,
    ]);
  });

  it.each([
    'Luis Mota turned on the television.',
    'Luis Mota piled on the pressure.',
    'Luis Mota poured cold water on the idea.',
    'Luis Mota did not fall out with Ana Torres.',
    'Luis Mota may turn on Ana Torres.',
    'Did Luis Mota pile on Ana Torres?',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractRelations: a judgement with an intensifier, disloyalty, pride', () => {
  it.each([
    'Luis Mota described Ana Torres as a serious threat.',
    'Luis Mota called Ana Torres the biggest threat to the party.',
    'Luis Mota called Ana Torres a pathological liar.',
    'Luis Mota said Ana Torres was disloyal.',
  ])('gives OPPOSES for %j', (text) => {
    expect(triples(text)).toEqual([opposes]);
  });

  it('gives SUPPORTS for "said he was proud of Y"', () => {
    expect(triples('Luis Mota said he was proud of Ana Torres.')).toEqual([
      'SUPPORTS person:luis-mota person:ana-torres',
    ]);
  });

  it.each([
    'Luis Mota said the biggest threat was inflation.',
    'Luis Mota said Ana Torres was not disloyal.',
    'Luis Mota is proud of his record.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
