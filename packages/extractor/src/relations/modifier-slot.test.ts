import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Idioms of criticism with modifiers inside their noun phrase ("took a veiled swipe at Y",
// "took several shots at Y") and "butted heads" (stop 34), on sentences written for these tests.

const vance = personSpec('vance', 'Nora Vance', 'Vance');
const osei = personSpec('osei', 'Kofi Osei', 'Osei');
const { chile, peru } = STATES;
const people = [vance, osei];
const triples = (text: string): string[] => stanceTriples(text, people);
const opposes = ['OPPOSES person:vance person:osei'];

describe('extractRelations: "took a <modifiers> swipe at Y"', () => {
  it.each([
    'Nora Vance took a veiled swipe at Kofi Osei on Tuesday.',
    'Nora Vance took a thinly veiled dig at Kofi Osei in her speech.',
    'Nora Vance took a thinly-veiled jab at Kofi Osei.',
    'Nora Vance took several shots at Kofi Osei, particularly on his tax plan.',
    'Nora Vance took a few more shots at Kofi Osei.',
    'Nora Vance took another swipe at Kofi Osei.',
    'Nora Vance took his first swipe at Kofi Osei on Monday.',
    'Nora Vance takes regular potshots at Kofi Osei.',
    'Nora Vance took direct aim at Kofi Osei.',
  ])('gives OPPOSES for %j', (text) => {
    expect(triples(text)).toEqual(opposes);
  });

  it.each([
    'Nora Vance took no shots at Kofi Osei.',
    'Nora Vance did not take a veiled swipe at Kofi Osei.',
    'Nora Vance may take a veiled swipe at Kofi Osei.',
    'Did Nora Vance take a veiled swipe at Kofi Osei?',
    'Nora Vance took a photo of the shot at Kofi Osei.',
    'Nora Vance took the first shot at Kofi Osei.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });

  it('keeps the stance between third parties with them', () => {
    const cast = [vance, osei, chile, peru];
    expect(
      stanceTriples('Nora Vance said Chile took a veiled swipe at Peru.', cast).filter((t) =>
        t.includes('person:vance'),
      ),
    ).toEqual([]);
  });
});

describe('extractRelations: "X and Y butted heads"', () => {
  it('gives OPPOSES both ways for "X and Y have butted heads over ..."', () => {
    expect(
      stanceTriples('Chile and Peru have butted heads over the fishing rights.', [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL']);
  });

  it.each([
    'Chile and Peru have never butted heads over the fishing rights.',
    'Chile and Peru could butt heads over the fishing rights.',
  ])('gives nothing for %j', (text) => {
    expect(stanceTriples(text, [chile, peru])).toEqual([]);
  });
});
