import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('precedingSides', () => {
  it("gives a player's or coach's noun the one side the sentence before names as its subject", () => {
    expect(
      members('Hertha Berlin were held to a draw again. "We lacked ideas," said coach Tom Keller.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:hertha-berlin']);
  });

  it('gives nothing when the sentence before names two sides or its side is no subject', () => {
    expect(
      members('Hertha Berlin beat Werder Bremen on Sunday. The fans cheered striker Tom Keller.'),
    ).toEqual([]);
    expect(
      members(
        'If they get past Hertha Berlin, they reach the final. The fans cheered striker Tom Keller.',
      ),
    ).toEqual([]);
  });

  it('looks no further back than two sentences', () => {
    expect(
      members(
        'Hertha Berlin lost again. It rained. Nobody came. The fans booed striker Tom Keller.',
      ),
    ).toEqual([]);
  });
});
