import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));
const OPENING = 'Bayer Leverkusen lost to Bayern Munich in the Bundesliga.';

describe('asSportRoles with a pronoun subject (stop 32)', () => {
  it('gives "as a coach with Y he" the one person the sentence names before', () => {
    expect(
      members(
        `${OPENING} As a player with Bayern Munich, Tom Keller won the German Cup in 1990, and as a coach with Bayer Leverkusen he reached the final in 2009.`,
      ),
    ).toEqual([
      'MEMBER_OF person:tom-keller org:bayer-leverkusen',
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
  });

  it('reads the pronoun from the sentence before when the sentence names no one', () => {
    expect(
      members(
        `${OPENING} Tom Keller is new in the job. As a coach with Bayer Leverkusen he won little.`,
      ),
    ).toEqual(['MEMBER_OF person:tom-keller org:bayer-leverkusen']);
  });

  it('gives nothing when two people stand before the phrase', () => {
    expect(
      members(
        `${OPENING} Tom Keller and Max Weber met in 2009, when as a coach with Bayer Leverkusen he reached the final.`,
      ),
    ).toEqual([]);
  });

  it('gives nothing for a former coach', () => {
    expect(
      members(
        `${OPENING} Tom Keller met the press, and as a former coach with Bayer Leverkusen he knew the club.`,
      ),
    ).toEqual([]);
  });
});
