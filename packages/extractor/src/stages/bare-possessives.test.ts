import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function named(text: string): string[] {
  return body(text).entities.map((e) => `${e.type}:${e.name}`);
}

describe('barePossessive', () => {
  it('reads a state or place whose possessive lost its apostrophe', () => {
    expect(named('Analysts doubt the strength of Perus economic recovery.')).toEqual([
      'State:Peru',
    ]);
    expect(named('The ban angered Norways fishing industry last week.')).toEqual(['State:Norway']);
    expect(named('Half of all of North Dakotas farms are family owned.')).toEqual([
      'Location:North Dakota',
    ]);
  });

  it('reads no plural that its words make one, nor a name of its own in "s"', () => {
    expect(named('Trade across the Americas grew quickly.')).toEqual([]);
    expect(named('Leaders of the two Koreas met in the village.')).toEqual([]);
    expect(named('Douglass often gave his portraits away.')).not.toContain('Location:Douglas');
  });

  it('leaves a name the lexicon has with its final "s" as it is', () => {
    expect(named('Tourism in the Bahamas grew last year.')).toEqual(['State:Bahamas']);
  });

  it('reads an organization, an acronym too, before a word no function word is', () => {
    expect(named('The raids aimed to break the Talibans grip on the valley.')).toEqual([
      'Organization:Taliban',
    ]);
    expect(named('Critics questioned CNNs coverage of the vote.')).toEqual(['Organization:CNN']);
    expect(named('Analysts compared the NATOs and the armies.')).toEqual([]);
  });
});
