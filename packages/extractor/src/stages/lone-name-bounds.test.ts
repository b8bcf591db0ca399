import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('boundLoneName', () => {
  it('leaves a listed word that modifies a noun for the members of a people or place', () => {
    expect(people('The charity housed two Roma women in the spring.')).toEqual([]);
    expect(people('Volunteers brought food to Roma families on Sunday.')).toEqual([]);
  });

  it('leaves a listed word after a preposition of motion or extent', () => {
    expect(people('Activists came from Derry to join the march.')).toEqual([]);
  });

  it('leaves a listed word that a determiner and a describing word make a noun phrase head', () => {
    expect(people('Collectors still prize the first Macintosh sold in 1984.')).toEqual([]);
  });

  it('keeps a listed surname that a verb, clause or conjunction governs', () => {
    expect(people('Analysts agreed that Trump had missed a chance.')).toEqual(['Trump']);
    expect(people('She was trailing Olesen by four shots.')).toEqual(['Olesen']);
    expect(people('In that era the hero was Churchill and nobody else.')).toEqual(['Churchill']);
  });
});
