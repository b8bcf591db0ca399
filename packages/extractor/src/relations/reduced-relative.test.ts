import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// Reduced relative clauses inside a stance verb's object (issue 10), on sentences written here.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('a participle after the object noun', () => {
  it('does not take a name inside "<noun> involved in ..." as the object', () => {
    expect(
      stances(
        "Tom Reyes declined to identify any individuals involved in the writing of Vera Lind's speech.",
      ),
    ).toEqual([]);
    expect(stances('Tom Reyes attacked the aides involved with Vera Lind.')).toEqual([]);
  });

  it('still reads the doer after "by", past a short adjunct', () => {
    expect(stances('Tom Reyes condemned the move announced on Monday by Vera Lind.')).toContain(
      'OPPOSES person:tom-reyes person:vera-lind',
    );
    expect(stances('Tom Reyes criticised the plan backed by Vera Lind.')).toContain(
      'OPPOSES person:tom-reyes person:vera-lind',
    );
  });

  it("gives the object's relative clause no subject before the verb", () => {
    expect(
      stances(
        'Chile says the Peruvian government helped the militants who tried to kill Tom Reyes.',
      ),
    ).toEqual([]);
    expect(stances('Vera Lind, who tried to kill Tom Reyes, was jailed.')).toEqual([
      'OPPOSES person:vera-lind person:tom-reyes',
    ]);
  });
});
