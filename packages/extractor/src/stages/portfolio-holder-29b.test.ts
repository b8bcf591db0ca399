import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

// Sentences written for these tests, with made-up names.
describe('portfolioHolder: the rest of a portfolio before its holder is no part of the name', () => {
  it('starts the name at the given name after "of", "for" or "the"', () => {
    expect(people('Director of Regional Planning Martha Vells said so.')).toEqual(['Martha Vells']);
    expect(people('We back the Speaker of the Assembly Peter Lorn, she said.')).toEqual([
      'Peter Lorn',
    ]);
    expect(people('He met Secretary for Inland Waterways Robert Dane in May.')).toEqual([
      'Robert Dane',
    ]);
  });

  it('leaves a name with no link word before it whole', () => {
    expect(people('President Recep Tayyip Erdogan said so.')).toEqual(['Recep Tayyip Erdogan']);
    expect(people('President Moon Jae-in said so.')).toEqual(['Moon Jae-in']);
  });

  it('leaves a portfolio the title already read and the holder after it alone', () => {
    expect(people('Secretary of State John Kerry said so.')).toEqual(['John Kerry']);
  });
});
