import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// "its troops", "its government" as the subject of a stance verb (issue 10), on sentences
// written here: the one state or body the sentence names before the pronoun acts.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('a possessive pronoun before a head that acts for its owner', () => {
  it('gives the act to the one state or body named before it', () => {
    expect(stances('Peru said its troops had attacked Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Peru is isolated because its army invaded Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Peru said its government had praised Chile.')).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing when the owner is unclear or the act is not stated', () => {
    for (const sentence of [
      'Its troops invaded Chile in 1990.',
      'Ana Torres said its troops attacked Chile.',
      'Peru denied that its forces attacked Chile.',
      'Peru said its troops would attack Chile.',
      'Did its troops attack Chile?',
    ])
      expect(stances(sentence)).toEqual([]);
    // Two states before "its": which one owns the troops is not said.
    expect(stances('Brazil criticised Peru after its troops entered Chile.')).not.toContain(
      'OPPOSES state:PER state:CHL',
    );
    expect(stances('Brazil criticised Peru after its troops entered Chile.')).not.toContain(
      'OPPOSES state:BRA state:CHL',
    );
  });
});
