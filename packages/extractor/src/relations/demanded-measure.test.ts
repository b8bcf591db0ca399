import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A measure an actor itself calls for (issue 10), on sentences written here: the call is the
// actor's act, so "called for" does not make the stance hypothetical.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('a measure the subject calls for', () => {
  it('opposes the actor a demanded measure is aimed at', () => {
    expect(stances('Turkey called for sanctions against Israel.')).toEqual([
      'OPPOSES state:TUR state:ISR',
    ]);
    expect(stances('Ana Torres has long urged tougher sanctions on Iran.')).toEqual([
      'OPPOSES person:ana-torres state:IRN',
    ]);
    expect(stances('Peru pushed for an arms embargo on Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Peru is demanding tough economic sanctions against Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Peru called for action against Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('The European Union proposed new sanctions against Russia.')).toEqual([
      'OPPOSES org:european-union state:RUS',
    ]);
  });

  it('supports the actor a demanded aid is for', () => {
    expect(stances('Peru called for more support for Chile.')).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing when the demand undoes or softens the measure', () => {
    for (const sentence of [
      'Peru called for an end to sanctions against Chile.',
      'Peru called for the lifting of sanctions against Chile.',
      'Peru called for easing sanctions on Chile.',
      'Peru called for fewer sanctions on Chile.',
    ])
      expect(stances(sentence)).toEqual([]);
  });

  it('gives nothing when the call is not made or is someone else’s', () => {
    for (const sentence of [
      'Peru did not call for sanctions against Chile.',
      'Peru may call for sanctions against Chile.',
      'Will Peru call for sanctions against Chile?',
      'Peru rejected calls for sanctions against Chile.',
      'Peru called for Brazil to consider sanctions against Chile.',
      'Palestinian lawmakers called for a general strike on Thursday.',
    ])
      expect(stances(sentence)).toEqual([]);
  });

  it('does not make a wished-for membership a fact', () => {
    expect(relationsOf('Ukraine wants membership of NATO.', ['MEMBER_OF'])).toEqual([]);
    expect(relationsOf('Ukraine called for membership of NATO.', ['MEMBER_OF'])).toEqual([]);
  });
});
