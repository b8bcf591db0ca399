import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// "struggle" is intransitive (issue 10), on sentences written here: "struggle against Y" opposes
// Y; a name after "struggling" is what the word describes, and "struggled with Y" is difficulty.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('struggle', () => {
  it('against an actor opposes it', () => {
    expect(stances('Peru struggled against Chile for years.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('names no target without "against"', () => {
    expect(stances('Ana Ruiz, her counterpart at struggling Peru Mining, called Chile.')).toEqual(
      [],
    );
    expect(stances('Peru struggled with Chile’s debts for years.')).toEqual([]);
  });
});
