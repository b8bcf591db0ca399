import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function members(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.source} ${r.target}`);
}

describe('candidateParty', () => {
  it('reads "Labour candidate X" as a member of the party', () => {
    expect(members('Labour candidate Tom Baker said the bill would fail.')).toEqual([
      'person:tom-baker org:labour-party-uk',
    ]);
  });

  it('reads a candidate in apposition after the name', () => {
    expect(
      members("Tom Baker, the Socialist Party's presidential candidate, said the bill would fail."),
    ).toEqual(['person:tom-baker org:socialist-party']);
  });

  it('gives nothing when the candidate is someone else the apposition names', () => {
    expect(members("Tom Baker, the Labour candidate's rival, said the bill would fail.")).toEqual(
      [],
    );
  });

  it('gives nothing for a noun that names no candidate', () => {
    expect(members('Labour voters like Tom Baker said the bill would fail.')).toEqual([]);
  });
});
