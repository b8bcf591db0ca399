import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const entities = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('initials written with spaces', () => {
  it('reads "U. S.", "U. K." and "U. N." as "U.S.", "U.K." and "U.N."', () => {
    expect(entities('The U. S. government accused Peru of stalling.')).toEqual([
      ['State', 'United States'],
      ['State', 'Peru'],
    ]);
    expect(entities('Talks between the U. K. and the U. N. ended early.')).toEqual([
      ['State', 'United Kingdom'],
      ['Organization', 'United Nations'],
    ]);
  });
});
