import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('includedMembers', () => {
  it('reads "Y\'s members include X and Z" and "Y, whose members include X"', () => {
    expect(members("NATO's members include Poland, Estonia and Latvia.")).toEqual([
      'MEMBER_OF state:EST org:nato',
      'MEMBER_OF state:LVA org:nato',
      'MEMBER_OF state:POL org:nato',
    ]);
    expect(members('NATO, whose members include Poland and Estonia, met on Monday.')).toEqual([
      'MEMBER_OF state:EST org:nato',
      'MEMBER_OF state:POL org:nato',
    ]);
    expect(members('The members of NATO include Poland and Estonia.')).toEqual([
      'MEMBER_OF state:EST org:nato',
      'MEMBER_OF state:POL org:nato',
    ]);
  });

  it('reads "the EU\'s 27 member states, including X" and a party\'s people', () => {
    expect(members("The EU's 27 member states, including Poland and Hungary, agreed.")).toEqual([
      'MEMBER_OF state:HUN org:european-union',
      'MEMBER_OF state:POL org:european-union',
    ]);
    expect(members("The Likud's members include Tom Keller and Ann Roux.")).toEqual([
      'MEMBER_OF person:ann-roux org:likud',
      'MEMBER_OF person:tom-keller org:likud',
    ]);
  });

  it('reads members in apposition: "the EU\'s newest member, Croatia,"', () => {
    expect(members("The EU's newest member, Croatia, objected.")).toEqual([
      'MEMBER_OF state:HRV org:european-union',
    ]);
    expect(members("NATO's members, Poland and Estonia, objected.")).toEqual([
      'MEMBER_OF state:EST org:nato',
      'MEMBER_OF state:POL org:nato',
    ]);
  });

  it('gives nothing for a past, former or future list, or a parenthetical speaker', () => {
    expect(members("The Warsaw Pact's members included Poland and Hungary.")).toEqual([]);
    expect(members("NATO's future members include Ukraine.")).toEqual([]);
    expect(members("NATO's former member, France, objected.")).toEqual([]);
    expect(members("NATO's members, Poland said, must pay more.")).toEqual([]);
    expect(members("Greenpeace's donors include Siemens.")).toEqual([]);
  });
});

describe('asMembers', () => {
  it('reads a fronted "as a member of Y," as the subject\'s membership', () => {
    expect(members('As a member of the EU, Poland must comply.')).toEqual([
      'MEMBER_OF state:POL org:european-union',
    ]);
    expect(members('As NATO members, Poland and Estonia want more troops.')).toEqual([
      'MEMBER_OF state:EST org:nato',
      'MEMBER_OF state:POL org:nato',
    ]);
    expect(members('But as a member of NATO, Poland must act.')).toEqual([
      'MEMBER_OF state:POL org:nato',
    ]);
    expect(members('As an SPD member, Tom Keller voted for it.')).toEqual([
      'MEMBER_OF person:tom-keller org:spd',
    ]);
  });

  it('reads "X, as a founding member of Y,"', () => {
    expect(members('Poland, as a founding member of NATO, objected.')).toEqual([
      'MEMBER_OF state:POL org:nato',
    ]);
  });

  it('gives nothing for a former or would-be member, a possessor or an object', () => {
    expect(members('As a former member of NATO, France objected.')).toEqual([]);
    expect(members('As a would-be member of the EU, Turkey must comply.')).toEqual([]);
    expect(members("As a member of the EU, Poland's government must comply.")).toEqual([]);
    expect(members('Experts see Poland as a member of NATO, unlike Ukraine.')).toEqual([]);
    expect(members('As a critic of NATO, Tom Keller objected.')).toEqual([]);
  });
});

describe('a premodifier cue after "became"', () => {
  it('reads "X became a Y member" as membership now, not "X was a Y member"', () => {
    expect(members('Poland became a NATO member in 1999.')).toEqual([
      'MEMBER_OF state:POL org:nato',
    ]);
    expect(members('Poland was a NATO member.')).toEqual([]);
  });
});
