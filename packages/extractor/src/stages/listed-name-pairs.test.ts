import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('listedNamePair', () => {
  it('reads two words closed by a listed surname as a person where the tagger hesitates', () => {
    expect(people('The investment of Torbjorn Kessel was large.')).toEqual(['Torbjorn Kessel']);
  });

  it('needs the tagger: without it the pair is no one', () => {
    const a = analyze('The investment of Torbjorn Kessel was large.', {
      headline: false,
      tagger: false,
    });
    expect(a.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('takes no pair whose first word the article writes in lower case', () => {
    expect(
      people('Local bakers sell Sourdough Kessel at the market, and sourdough is popular.'),
    ).toEqual([]);
  });

  it('takes no pair opened by a listed word that is no given name', () => {
    expect(people('The hotel offered Pizza Quattro to guests.')).toEqual([]);
  });

  it('takes no pair that is a modifier or part of a longer name', () => {
    expect(people('The Kessel Torbjorn deal collapsed.')).toEqual([]);
    expect(people('We met Torbjorn Kessel Group officials.')).toEqual([]);
  });

  it('takes no pair opened by a compass point or a kin noun', () => {
    expect(people("The club's recent results on 3 Feb: West Kessel (h) W2-0")).toEqual([]);
    expect(people('The visitors drew with Uncle Kessel on Saturday.')).toEqual([]);
  });
});
