import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('sportActionMembers', () => {
  it('gives a scorer the side the sentence names as its own, not the one it was scored against', () => {
    expect(members('Tom Keller scored twice for Hertha Berlin against Werder Bremen.')).toEqual([
      'MEMBER_OF person:tom-keller org:hertha-berlin',
    ]);
    expect(members('Tom Keller scored late against Werder Bremen on Sunday.')).toEqual([]);
  });

  it("reads a player's possessive noun: a header, a late equalizer", () => {
    expect(
      members(
        'Hertha Berlin drew with Werder Bremen. Tom Keller’s late header gave Hertha Berlin a point.',
      ),
    ).toEqual(['MEMBER_OF person:tom-keller org:hertha-berlin']);
  });

  it('looks through an auxiliary or adverb to the verb', () => {
    expect(members('Hertha Berlin lost at home. Tom Keller was later substituted.')).toEqual([
      'MEMBER_OF person:tom-keller org:hertha-berlin',
    ]);
  });

  it('gives nothing for a verb no player needs, or when two sides fit', () => {
    expect(members('Hertha Berlin lost at home. Tom Keller was later interviewed.')).toEqual([]);
    expect(members('Hertha Berlin and Werder Bremen drew. Tom Keller scored twice.')).toEqual([]);
  });
});

describe('sportListMembers', () => {
  it("gives the people a plural player's noun lists to the sentence's side", () => {
    expect(
      members(
        'Hertha Berlin also have two young forwards - Tom Keller and Max Weber - to rely on.',
      ),
    ).toEqual([
      'MEMBER_OF person:max-weber org:hertha-berlin',
      'MEMBER_OF person:tom-keller org:hertha-berlin',
    ]);
  });

  it('gives nothing to people listed without a player noun before them', () => {
    expect(
      members('Hertha Berlin also have two rich sponsors - Tom Keller and Max Weber - to rely on.'),
    ).toEqual([]);
  });
});

describe('ownSide', () => {
  it("takes no side that only modifies a noun before the scorer's clause", () => {
    expect(
      members('The Hertha Berlin coach was pleased as Tom Keller scored twice on Sunday.'),
    ).not.toContain('MEMBER_OF person:tom-keller org:hertha-berlin');
    expect(
      members('The Hertha Berlin manager was pleased as Tom Keller scored twice on Sunday.'),
    ).not.toContain('MEMBER_OF person:tom-keller org:hertha-berlin');
  });
});
