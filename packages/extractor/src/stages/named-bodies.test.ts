import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const found = (text: string): Array<[string, string]> =>
  body(text).entities.map((e) => [e.type, e.name]);

describe('namedBodyRun', () => {
  it('reads capitalised words before "Congress" as a body of its own name', () => {
    expect(found('The Northern Tamil Congress condemned the arrests.')).toEqual([
      ['Organization', 'Northern Tamil Congress'],
    ]);
  });

  it("links the body's acronym to it, not to the US Congress", () => {
    const a = body('Delegates of the Pan Andean Congress (PAC) walked out. The PAC said no.');
    expect(a.entities.map((e) => e.name)).toEqual(['Pan Andean Congress']);
    expect(a.mentions.map((m) => m.text)).toEqual(['Pan Andean Congress', 'PAC', 'PAC']);
  });

  it('does so where the article names the state the listed body belongs to', () => {
    expect(
      found('Washington said nothing. The World Tamil Congress condemned the arrests.'),
    ).toEqual([
      ['State', 'United States'],
      ['Organization', 'World Tamil Congress'],
    ]);
  });

  it("takes another state's demonym into the name", () => {
    expect(found('The Kenyan Youth Congress protested.')).toEqual([
      ['Organization', 'Kenyan Youth Congress'],
    ]);
  });

  it("leaves the state's own body, and a listed name's body, as they were", () => {
    expect(found('Ohio will act if the U. S. Congress blocks the funds.').slice(1)).toEqual([
      ['State', 'United States'],
      ['Organization', 'Congress'],
    ]);
    expect(found('Congress passed the bill on Monday.')).toEqual([['Organization', 'Congress']]);
    expect(found('Senators said the Republican Congress would act.').map((e) => e[1])).toEqual([
      'Republican Party',
    ]);
    expect(found('Chile voted. He spoke at the FIFA Congress on Thursday.')).toEqual([
      ['State', 'Chile'],
      ['Organization', 'FIFA'],
    ]);
  });
});
