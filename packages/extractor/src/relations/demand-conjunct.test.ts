import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A demand addressed to an actor and to others named by common nouns (issue 10), on sentences
// written here: "X called on the UN and allied forces to halt Y's aggression" opposes Y.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('a demand with a second addressee in common nouns', () => {
  it('still reaches what is to be halted', () => {
    expect(
      stances('Peru called on the UN and allied forces to halt the Chilean aggression.'),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stances('Peru urged NATO and its neighbours to stop Chile’s attacks.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing when the demand is denied or no one is asked after "and"', () => {
    expect(
      stances('Peru did not call on the UN and allied forces to halt the Chilean aggression.'),
    ).toEqual([]);
    expect(stances('Peru called on the UN and to halt the Chilean aggression.')).toEqual([]);
  });

  it('reads "allied" as the opener of a common-noun conjunct elsewhere too', () => {
    expect(stances('France and allied countries condemned Peru.')).toEqual([
      'OPPOSES state:FRA state:PER',
    ]);
  });
});
