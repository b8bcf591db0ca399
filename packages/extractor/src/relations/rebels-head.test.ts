import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// "rebels" after a group's own name (issue 10), on sentences written here: "Houthi rebels" are
// the Houthis acting; "Syrian rebels" are not Syria.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('rebels after a group’s name', () => {
  it('are the group', () => {
    expect(stances('Iran-backed Houthi rebels attacked the city.')).toEqual([
      'SUPPORTS state:IRN org:houthis',
    ]);
    expect(stances('Peru continued to blame Houthi rebels for the attack.')).toEqual([
      'OPPOSES state:PER org:houthis',
    ]);
  });

  it('act as the group when they are the subject', () => {
    expect(stances('Houthi rebels fired missiles at Peru on Monday.')).toEqual([
      'OPPOSES org:houthis state:PER',
    ]);
    expect(stances('On Monday the FARC rebels attacked Peru.')).toEqual([
      'OPPOSES org:farc state:PER',
    ]);
    expect(stances('Syrian rebels attacked Peru on Monday.')).toEqual([]);
    expect(stances('Houthi rebels did not attack Peru.')).toEqual([]);
  });

  it('are not the state whose demonym names them', () => {
    expect(stances('Iran-backed Syrian rebels attacked the city.')).toEqual([]);
    expect(stances('Peru continued to blame Syrian rebels for the attack.')).toEqual([]);
  });
});
