import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A measure or stance an actor asks another to take (issue 10), on sentences written here:
// "X urged Z to impose sanctions on Y" is X's own demand, though Z has not acted.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('a measure the subject urges another to take', () => {
  it('gives the one urging the stance of the measure', () => {
    expect(stances('France urged the United Nations to impose sanctions on Iran.')).toEqual([
      'OPPOSES state:FRA state:IRN',
    ]);
    expect(stances('Peru wants Brazil to impose tougher sanctions on Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Britain urged the EU to impose an arms embargo on Syria.')).toEqual([
      'OPPOSES state:GBR state:SYR',
    ]);
    expect(stances('Peru called on its neighbours to send more aid to Chile.')).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(stances('Peru urged the United Nations Security Council to condemn Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('reads a demand made in a relative clause as its antecedent’s', () => {
    expect(
      stances('Japan, which has called for sanctions against North Korea, welcomed the vote.'),
    ).toEqual(['OPPOSES state:JPN state:PRK']);
  });

  it('gives nothing when the urging is denied, modal or for the opposite', () => {
    for (const sentence of [
      'Peru did not urge Brazil to impose sanctions on Chile.',
      'Peru may urge Brazil to impose sanctions on Chile.',
      'Peru refused to urge Brazil to impose sanctions on Chile.',
      'Peru urged Brazil not to impose sanctions on Chile.',
      'Peru urged Brazil to consider sanctions against Chile.',
    ])
      expect(stances(sentence)).toEqual([]);
  });

  it('takes only the target of the relayed verb itself', () => {
    // "help press Y": the help is for pressing Y, not support for Y.
    expect(stances('Mexico asked Canada to help press Donald Trump on trade.')).toEqual([]);
    // "wanted to use Z to attack Y": "to" ends the one urged; this is another construction.
    expect(stances('Peru wanted to use Brazil to attack Chile.')).not.toContain(
      'OPPOSES state:BRA state:CHL',
    );
  });
});

describe('a stance act the subject calls for', () => {
  it('gives the one demanding the stance of the act it demands', () => {
    expect(stances('Ted Cruz called for bombing Iran.')).toEqual([
      'OPPOSES person:ted-cruz state:IRN',
    ]);
    expect(stances('Peru proposed sanctioning Chile.')).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives nothing when the call is denied or someone else’s', () => {
    for (const sentence of [
      'Peru did not call for bombing Chile.',
      'Peru rejected calls for bombing Chile.',
    ])
      expect(stances(sentence)).toEqual([]);
  });
});
