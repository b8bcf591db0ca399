import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A reduced passive inside an apposition (issue 10), on sentences written here: "Y, a group
// backed by X," says X backs Y, as "Y, backed by X," does.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('a passive participle ending an apposition', () => {
  it('gives the agent’s stance toward the name the apposition renames', () => {
    expect(
      stances('The Free Syrian Army, a rebel group backed by Turkey, attacked the town.'),
    ).toEqual(['SUPPORTS state:TUR org:free-syrian-army']);
    expect(stances('Peru, a country criticised by Chile, protested.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(
      stances('The Syrian Democratic Forces, an Arab-Kurdish alliance backed by the US, advanced.'),
    ).toEqual(['SUPPORTS state:USA org:sdf']);
  });

  it('gives nothing when the backing is denied or over', () => {
    for (const sentence of [
      'The Free Syrian Army, a rebel group not backed by Turkey, attacked the town.',
      'The Free Syrian Army, a rebel group once backed by Turkey, attacked the town.',
    ])
      expect(stances(sentence)).toEqual([]);
  });

  it('needs a name closed by the comma and a plain noun phrase', () => {
    // A place renamed is no actor; a clause between is no apposition.
    expect(stances('The town, a stronghold attacked by Turkey, fell.')).toEqual([]);
    expect(stances('Peru said on Monday that a plan backed by Chile would fail.')).toEqual([]);
  });
});
