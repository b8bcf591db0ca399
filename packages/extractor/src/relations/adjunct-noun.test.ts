import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// "In a swipe at Y, X ...": a stance noun in an adjunct around the main clause's subject, and the
// stance agent nouns of admirers and detractors (stop 36), on sentences written for these tests.

const vance = personSpec('vance', 'Nora Vance', 'Vance');
const osei = personSpec('osei', 'Kofi Osei', 'Osei');
const entities = [vance, osei, STATES.chile, STATES.peru, STATES.brazil];
const triples = (text: string): string[] => stanceTriples(text, entities);

describe('adjunctNounEnds', () => {
  it.each([
    'In a swipe at Peru, Chile recalled its ambassador.',
    'In a thinly veiled swipe at Peru, Chile said the talks had failed.',
    'In a sharp rebuke to Peru, Chile recalled its ambassador.',
    'In a pointed jab at Peru, Chile said the talks had failed.',
    'In an apparent attack on Peru, Chile raised its tariffs on Monday.',
    'Chile, in a swipe at Peru, recalled its ambassador.',
    'In protest against Peru, Chile recalled its ambassador.',
    'In protest at Peru’s new tariffs, Chile recalled its ambassador.',
    'In defiance of Peru, Chile sent two frigates to the coast.',
    'In what was widely seen as a rebuke to Peru, Chile recalled its ambassador.',
    'Chile recalled its ambassador on Monday, in a swipe at Peru.',
    'In its criticism of Peru, Chile said the talks had failed.',
    'In a swipe at Peru, Chile’s foreign minister said the talks had failed.',
  ])('gives Chile OPPOSES Peru for %j', (text) => {
    expect(triples(text)).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it.each([
    'In a show of support for Peru, Chile sent two frigates to the coast.',
    'In a gesture of solidarity with Peru, Chile lowered its flags.',
    'In support of Peru, Chile sent two frigates to the coast.',
    'In solidarity with Peru, Chile lowered its flags.',
  ])('gives Chile SUPPORTS Peru for %j', (text) => {
    expect(triples(text)).toEqual(['SUPPORTS state:CHL state:PER']);
  });

  it('reads the subject after the comma, not as part of a list with the target', () => {
    expect(triples('In a swipe at Kofi Osei, Nora Vance said the plan had failed.')).toEqual([
      'OPPOSES person:vance person:osei',
    ]);
  });

  it.each([
    'In a possible swipe at Peru, Chile recalled its ambassador.',
    'In a swipe at Peru, Chile did not recall its ambassador.',
    'In a swipe at Peru, Chile could recall its ambassador.',
    'In a swipe at Peru, will Chile recall its ambassador?',
    'In a swipe at Peru, Brazil and Chile, the ministers met.',
    'In a swipe at Peru, Brazil, Chile recalled its ambassador.',
    'In a letter to Peru, Chile asked for talks.',
    'In its letter to Peru, Chile asked for talks.',
    'In a nod to Peru, Chile lowered its tariffs.',
    'In a blow to Peru, Chile raised its tariffs.',
    'Chile said Brazil would host the talks, in a swipe at Peru.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractRelations: admirers, fans and detractors', () => {
  it.each([
    ['Nora Vance is a longtime admirer of Kofi Osei.', 'SUPPORTS'],
    ['Nora Vance, an avowed fan of Kofi Osei, spoke first.', 'SUPPORTS'],
    ['Nora Vance is an outspoken detractor of Kofi Osei.', 'OPPOSES'],
    ['Nora Vance, a fierce detractor of Kofi Osei, spoke first.', 'OPPOSES'],
  ])('reads %j', (text, type) => {
    expect(triples(text)).toEqual([`${type} person:vance person:osei`]);
  });

  it.each([
    'Nora Vance is no admirer of Kofi Osei.',
    'Nora Vance is not a fan of Kofi Osei.',
    'Is Nora Vance a detractor of Kofi Osei?',
    'Nora Vance, once a fan of Kofi Osei, spoke first.',
    'Nora Vance denied being a detractor of Kofi Osei.',
    'The police are investigating a fan of Kofi Osei.',
    'Nora Vance was meeting a critic of Kofi Osei.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
