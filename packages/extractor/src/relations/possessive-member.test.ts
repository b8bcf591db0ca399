import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function roles(text: string): string[] {
  return extract(text, { id: 't' })
    .relations.filter((r) => ['MEMBER_OF', 'REPRESENTS', 'LEADS'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('possessiveMembers', () => {
  it('reads "Siemens\'s X" as speaking for the company and belonging to it', () => {
    expect(roles("Headline\n\nSiemens's Tom Keller said the plant would close.")).toEqual([
      'MEMBER_OF person:tom-keller org:siemens',
      'REPRESENTS person:tom-keller org:siemens',
    ]);
  });

  it("reads a club's possessive before a player as membership only", () => {
    expect(roles("Headline\n\nBayern Munich's Tom Keller scored twice on Saturday.")).toEqual([
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
  });

  it("gives nothing for a state's possessive or a possessive away from the name", () => {
    expect(roles("Headline\n\nGermany's Tom Keller said the plant would close.")).not.toContain(
      'MEMBER_OF person:tom-keller state:DEU',
    );
    expect(roles("Headline\n\nSiemens's plant, Tom Keller said, would close.")).toEqual([]);
  });

  it('makes a player of a team read from a match report a member of that team', () => {
    const report = [
      'Soccer: Leverkusen beat Freiburg 3-1',
      '',
      'Leverkusen beat Freiburg 3-1 on Saturday to move second in the league standings.',
      'Leverkusen striker Tom Keller scored twice before half-time.',
      "Freiburg's Thomas Weber missed a penalty in the second half.",
    ].join('\n');
    const found = roles(report);
    expect(found).toContain('MEMBER_OF person:tom-keller org:bayer-leverkusen');
    expect(found).toContain('MEMBER_OF person:thomas-weber org:sc-freiburg');
    expect(found.filter((r) => r.startsWith('REPRESENTS'))).toEqual([]);
  });
});
