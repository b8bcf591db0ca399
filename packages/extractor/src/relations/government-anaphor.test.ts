import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// "the government" is the state whose government the article named, else the state it is
// about; a reported "should have" is criticism. Sentences written for these tests.

const { chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');

describe('extractRelations: the government named earlier', () => {
  it('aims a stance or demand at the one state whose government was named', () => {
    const named = 'The Peruvian government tightened visa rules on Monday. ';
    expect(stanceTriples(named + 'Ines Vidal criticised the government.', [peru, ines])).toEqual([
      'OPPOSES person:ines-vidal state:PER',
    ]);
    expect(
      stanceTriples(named + 'Ines Vidal urged the government to lift the rules.', [peru, ines]),
    ).toEqual(['OPPOSES person:ines-vidal state:PER']);
  });

  it('lets "the government" opening a clause act for that state', () => {
    const named = 'The Peruvian government tightened visa rules on Monday. ';
    expect(
      stanceTriples(named + 'The government has also condemned Chile.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stanceTriples(named + 'The government did not condemn Chile.', [peru, chile])).toEqual(
      [],
    );
  });

  it('gives nothing when two governments were named or another state stands in the sentence', () => {
    const two = "Peru's government and the Chilean government met. ";
    expect(
      stanceTriples(two + 'Ines Vidal criticised the government.', [peru, chile, ines]),
    ).toEqual([]);
    const about = 'Peru voted. Peru won. Peru celebrated. ';
    expect(stanceTriples(about + 'Ines Vidal criticised the government.', [peru, ines])).toEqual([
      'OPPOSES person:ines-vidal state:PER',
    ]);
    expect(
      stanceTriples(about + 'In Chile, Ines Vidal criticised the government.', [peru, chile, ines]),
    ).toEqual([]);
  });
});

describe('extractRelations: a reported "should have"', () => {
  it("reads it as the reporter's criticism", () => {
    expect(stanceTriples('Chile said Peru should have acted sooner.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(
      stanceTriples('Chile said that Peru should never have signed the pact.', [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives nothing for a passive, "should have to" or a denied report', () => {
    expect(stanceTriples('Chile said Peru should have been warned.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile said Peru should have to pay.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile did not say Peru should have acted.', [chile, peru])).toEqual([]);
  });

  it('finds the reporter after the clause when the criticised opens the sentence', () => {
    expect(stanceTriples('Peru should have acted sooner, Chile said.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(
      stanceTriples('"Peru should never have signed the pact," said Chile.', [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples('Peru should have acted sooner, but Chile said nothing.', [chile, peru]),
    ).toEqual([]);
  });
});
