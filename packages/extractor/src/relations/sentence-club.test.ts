import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('sentenceClubMembers', () => {
  it("gives a player's or coach's noun before a name the sentence's one club", () => {
    expect(members('Bayern Munich are without their Brazilian defender Tom Keller.')).toEqual([
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
    expect(members('Bayern Munich are without defender Tom Keller and striker Rob Hale.')).toEqual([
      'MEMBER_OF person:rob-hale org:bayern-munich',
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
    expect(members("Borussia Dortmund's big move is to bring back striker Tom Keller.")).toEqual([
      'MEMBER_OF person:tom-keller org:borussia-dortmund',
    ]);
  });

  it('gives nothing with two clubs, after "former" or after another actor', () => {
    expect(members('Bayern Munich beat Borussia Dortmund thanks to striker Tom Keller.')).toEqual(
      [],
    );
    expect(members('Former coach Tom Keller praised Bayern Munich.')).toEqual([]);
    // Germany is its national side here (stages/national-teams.ts): its coach, not Bayern's.
    expect(members('Germany coach Tom Keller praised Bayern Munich.')).toEqual([
      'MEMBER_OF person:tom-keller org:germany-national-team',
    ]);
  });

  it('gives nothing for a noun that is no player or coach', () => {
    expect(members('Bayern Munich thanked the lawyer Tom Keller.')).toEqual([]);
  });
});
