import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// Reduced relative clauses inside a stance verb's object (issue 10), on sentences written here.

function stances(sentence: string): string[] {
  return extract(`Headline\n\n${sentence}`, { id: 't' })
    .relations.filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`);
}

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
});
