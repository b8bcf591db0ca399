import { describe, expect, it } from 'vitest';
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
});
