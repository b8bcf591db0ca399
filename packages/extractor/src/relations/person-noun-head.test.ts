import { describe, expect, it } from 'vitest';
import { personNouns } from '../lexicon/person-nouns.js';
import { relationsOf } from './test-roles.js';

const STANCE = ['OPPOSES', 'SUPPORTS'];

describe("a state's adjective before a noun for a kind of person (WordNet person-nouns.json)", () => {
  it('loads the WordNet list without the kinds that act for a state, or words of other parts', () => {
    const nouns = personNouns();
    expect(nouns.has('bartender')).toBe(true);
    expect(nouns.has('fishermen')).toBe(true);
    for (const word of ['diplomat', 'soldier', 'official', 'spokesman', 'have', 'israeli'])
      expect(nouns.has(word)).toBe(false);
  });

  it('makes "a British bartender" a person, not the United Kingdom', () => {
    expect(
      relationsOf('Thai police arrested a British bartender at the airport on Monday.', STANCE),
    ).toEqual([]);
    expect(
      relationsOf('Thai police detained two Dutch fishermen off the coast on Monday.', STANCE),
    ).toEqual([]);
  });

  it('keeps a state acting through those who act for it', () => {
    expect(
      relationsOf('Thai police arrested a British diplomat at the airport on Monday.', STANCE),
    ).toContain('OPPOSES state:THA state:GBR');
    expect(relationsOf('Iraqi forces attacked Syrian troops near the border.', STANCE)).toContain(
      'OPPOSES state:IRQ state:SYR',
    );
  });
});
