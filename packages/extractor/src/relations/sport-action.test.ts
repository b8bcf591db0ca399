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

  it('gives a coach whose men the sentence names the side', () => {
    expect(
      members('Hertha Berlin lost at home. Tom Keller’s men never found their rhythm.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:hertha-berlin']);
  });

  it("reads 'X, who has scored' and, with only an opponent named, the side before", () => {
    expect(
      members(
        '"We are ready," said striker Tom Keller, who has scored 10 of Hertha Berlin’s goals.',
      ),
    ).toEqual(['MEMBER_OF person:tom-keller org:hertha-berlin']);
    expect(
      members(
        'Hertha Berlin will miss Tom Keller. Tom Keller also scored a late equalizer away at Werder Bremen.',
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

describe('frontedWithMembers', () => {
  it('gives the people a fronted "with" phrase lists to the side that opens the main clause', () => {
    expect(
      members(
        'Germany beat Ireland 2-0 in Dublin on Saturday.\n\nWith Tom Keller and Max Weber both retired, Germany has now lost great players.',
      ),
    ).toEqual([
      'MEMBER_OF person:max-weber org:germany-national-team',
      'MEMBER_OF person:tom-keller org:germany-national-team',
    ]);
  });

  it('gives nothing when the main clause opens with no side', () => {
    expect(
      members('With Tom Keller and Max Weber watching, the Hertha Berlin fans cheered.'),
    ).toEqual([]);
  });
});

describe('dominantSide', () => {
  it("gives a coach's noun in a sentence with no side the side the article is about", () => {
    const article = [
      'Hertha Berlin won again on Saturday.',
      'Hertha Berlin are now third.',
      'The fans were happy.',
      'It rained all day.',
      '"We were lucky," said coach Tom Keller.',
      'Hertha Berlin play Werder Bremen next.',
    ].join(' ');
    expect(members(article)).toEqual(['MEMBER_OF person:tom-keller org:hertha-berlin']);
  });

  it('gives nothing when two sides are named about as often', () => {
    const article = [
      'Hertha Berlin won again on Saturday.',
      'Werder Bremen lost.',
      'The fans were happy.',
      'It rained all day.',
      '"We were lucky," said coach Tom Keller.',
      'Hertha Berlin play Werder Bremen next.',
    ].join(' ');
    expect(members(article)).toEqual([]);
  });
});

describe('precedingOwnSide', () => {
  it('gives a scorer the subject side of the sentence before when the other side is its opponent', () => {
    expect(
      members(
        'Hertha Berlin won the cup after beating Werder Bremen 2-0 on Sunday. Tom Keller netted the opening goal.',
      ),
    ).toEqual(['MEMBER_OF person:tom-keller org:hertha-berlin']);
  });

  it('gives nothing when the sentence before names two sides as equals', () => {
    expect(
      members(
        'Hertha Berlin and Werder Bremen drew 2-2 on Sunday. Tom Keller netted the opening goal.',
      ),
    ).toEqual([]);
  });
});
