import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { roles } from './test-roles.js';

describe('title lexicon', () => {
  it('gives a minister of an unlisted many-word portfolio to the article state', () => {
    expect(
      roles(
        'Portugal is voting on Sunday. Equal Opportunities Minister Rita Sousa said the count ' +
          'was close. Portugal will know by Monday.',
      ),
    ).toEqual(['REPRESENTS person:rita-sousa state:PRT']);
    expect(
      roles(
        'Portugal tightened its laws. Public Order Minister Rui Costa cancelled his trip. ' +
          'Portugal is calm.',
      ),
    ).toEqual(['REPRESENTS person:rui-costa state:PRT']);
  });

  it('reads "Deputy Assistant Secretary of State X" as one title, not a person named Assistant', () => {
    const found = roles(
      'US Deputy Assistant Secretary of State Mark Dillon said the summit went well.',
    );
    expect(found).toEqual(['REPRESENTS person:mark-dillon state:USA']);
  });

  it('leaves a portfolio title with no state in the article to no one', () => {
    expect(roles('Public Order Minister Rui Costa cancelled his trip to the coast.')).toEqual([]);
  });

  it('reads "the UK\'s Minister of State" in apposition as a title of the state, not a place', () => {
    const text = "Tom Hale, the UK's Minister of State, said Britain would act.";
    expect(roles(text)).toEqual(['REPRESENTS person:tom-hale state:GBR']);
    const places = extract(text, { id: 't', headline: false }).entities.filter(
      (e) => e.type === 'Location',
    );
    expect(places).toEqual([]);
  });

  it('keeps a place whose name ends in a place head ("Rakhine State")', () => {
    const found = extract('Fighting spread in Kachin State on Monday.', {
      id: 't',
      headline: false,
    }).entities;
    expect(found.map((e) => `${e.type}:${e.name}`)).toContain('Location:Kachin State');
  });

  it('lets a word describing the person stand before a title the article state holds', () => {
    expect(
      roles(
        'Portugal tightened its laws. On Monday, conservative Public Order Minister Rui Costa ' +
          'cancelled his trip. Portugal is calm.',
      ),
    ).toEqual(['REPRESENTS person:rui-costa state:PRT']);
  });

  it('still gives no state a title a description qualifies ("rebel military leader X")', () => {
    const found = roles(
      'Portugal tightened its laws. On Monday, rebel military leader Rui Costa cancelled his ' +
        'trip. Portugal is calm.',
    );
    expect(found).toEqual([]);
  });

  it('reads a given name that is also a state\'s foreign name as the person\'s ("Dominique")', () => {
    expect(roles('French Foreign Minister Dominique Arnaud stressed the point.')).toEqual([
      'REPRESENTS person:dominique-arnaud state:FRA',
    ]);
  });
});
