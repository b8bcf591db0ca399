import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('listedLoneName', () => {
  it('reads a listed surname inside a sentence as a person where the tagger only guesses', () => {
    expect(found('Analysts agreed that Trump had missed a chance.')).toEqual([['Person', 'Trump']]);
    expect(found('She was trailing Olesen by four shots.')).toEqual([['Person', 'Olesen']]);
    expect(found('The film stars Hale and Brennan as rival chefs.')).toEqual([
      ['Person', 'Hale'],
      ['Person', 'Brennan'],
    ]);
  });

  it('reads a listed surname after a verb in its base form, which the part of speech tells', () => {
    expect(found('The board is expected to fire Olesen within a week.')).toEqual([
      ['Person', 'Olesen'],
    ]);
    expect(found('The ruling could hurt Hale in the polls.')).toEqual([['Person', 'Hale']]);
    expect(found('The scandal brought Brennan to power in 1990.')).toEqual([['Person', 'Brennan']]);
  });

  it('leaves a listed word after an adjective the part of speech reads', () => {
    expect(found('The shop sells cheap Hale shirts.')).toEqual([]);
  });

  it('leaves a listed word an article, a describing word or a place preposition governs', () => {
    expect(found('The ship was hit near the frigate Stark on Monday.')).toEqual([]);
    expect(found('They flew home before Christmas on Friday.')).toEqual([]);
    expect(found('The convoy was ambushed at Carlow overnight.')).not.toContainEqual([
      'Person',
      'Carlow',
    ]);
  });

  it('leaves a listed word that opens its sentence or follows a quotation mark', () => {
    expect(found('He told them: ‘Hey, this is real.’')).toEqual([]);
  });
});
