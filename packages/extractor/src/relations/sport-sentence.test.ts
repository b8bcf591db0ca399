import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('sportSentenceMembers', () => {
  it('gives the people of a sentence about the pitch its one side', () => {
    expect(
      members(
        'Both Tom Keller and Max Weber stayed so wide that most of Hertha Berlin’s attacks came through the middle.',
      ),
    ).toEqual([
      'MEMBER_OF person:max-weber org:hertha-berlin',
      'MEMBER_OF person:tom-keller org:hertha-berlin',
    ]);
  });

  it('gives nothing in a sentence with no word of a match', () => {
    expect(members('Tom Keller met the Hertha Berlin fans at a charity dinner on Friday.')).toEqual(
      [],
    );
  });

  it('gives nothing in a sentence that names two sides', () => {
    expect(
      members('Tom Keller watched the match between Hertha Berlin and Werder Bremen in a bar.'),
    ).toEqual([]);
  });

  it('reads no side from before when the sentence names only an opponent', () => {
    expect(
      members(
        'Hertha Berlin lost again. Tom Keller watched the goals of the match against Werder Bremen.',
      ),
    ).toEqual([]);
  });
});
