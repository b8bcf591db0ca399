import { describe, expect, it } from 'vitest';
import { personSpec, stanceTriples } from './test-stance.js';

// A "he" whose nearest sentence naming a person also holds a "he" before that name (issue 10).

const tom = personSpec('tom-reyes', 'Tom Reyes', 'Reyes');
const carl = personSpec('carl-moss', 'Carl Moss', 'Moss');
const vera = personSpec('vera-lind', 'Vera Lind', 'Lind');

describe('a pronoun chain through a sentence that names someone else', () => {
  it('does not give the later "he" to the person the earlier "he" defended', () => {
    const found = stanceTriples(
      'Tom Reyes spoke first. This year, he rose to the defence of Carl Moss. And he even praised Vera Lind.',
      [tom, carl, vera],
    );
    expect(found).not.toContain('SUPPORTS person:carl-moss person:vera-lind');
  });

  it('still reads "he" as the person named before the pronoun of that sentence', () => {
    expect(
      stanceTriples('Carl Moss said he was tired. He praised Vera Lind.', [carl, vera]),
    ).toContain('SUPPORTS person:carl-moss person:vera-lind');
  });
});
