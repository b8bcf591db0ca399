import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A speaker's declared intention reported with "would" (issue 10), on sentences written here.

const found = (sentence: string): string[] =>
  relationsOf(sentence, ['OPPOSES', 'SUPPORTS', 'MEMBER_OF']);

describe('"X said it would back Y"', () => {
  it("reads the declared intention as the speaker's stance", () => {
    expect(found('Poland said it would back Ukraine.')).toEqual(['SUPPORTS state:POL state:UKR']);
    expect(found('Tom Reyes said he would support Vera Lind.')).toEqual([
      'SUPPORTS person:tom-reyes person:vera-lind',
    ]);
  });

  it('keeps the modal for a condition, another subject, a bare "would" or a membership', () => {
    for (const sentence of [
      'Tom Reyes said he would support Vera Lind if she ran.',
      'Analysts said Poland would back Ukraine.',
      'Poland would back Ukraine.',
      'Ukraine said it would join NATO.',
    ])
      expect(found(sentence)).toEqual([]);
  });
});
