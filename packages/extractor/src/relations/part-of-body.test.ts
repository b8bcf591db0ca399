import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

// A title over a part of a body ("head of the Y youth wing", "leader of the Y's armed wing")
// holds the part, not the body: no LEADS of the body. Sentences written for these tests.

const leads = (text: string): string[] => roles(text).filter((r) => r.startsWith('LEADS'));

describe('a title over a part of a body named after the body', () => {
  it('gives no LEADS of the body for "the Y youth wing" or "the Y\'s armed wing"', () => {
    expect(leads('Tom Keller, head of the Likud youth wing, said the vote was a mistake.')).toEqual(
      [],
    );
    expect(leads("Tom Keller, the leader of Greenpeace's Ohio chapter, spoke on Monday.")).toEqual(
      [],
    );
    expect(leads("Tom Keller, commander of the Likud's armed wing, spoke on Monday.")).toEqual([]);
  });

  it('still reads the leader of the body itself', () => {
    expect(leads('Tom Keller, head of the Likud party, said the vote was a mistake.')).toEqual([
      'LEADS person:tom-keller org:likud',
    ]);
    expect(leads('Tom Keller, the leader of Greenpeace, spoke on Monday.')).toEqual([
      'LEADS person:tom-keller org:greenpeace',
    ]);
  });
});
