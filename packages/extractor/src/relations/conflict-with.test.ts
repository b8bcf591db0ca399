import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// "X's war/conflict/tensions with Y" (issue 10), on sentences written here.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES']);

describe('a conflict noun with "with"', () => {
  it('gives the owner or subject OPPOSES the other party', () => {
    expect(stances("Iran's conflict with Iraq lasted eight years.")).toEqual([
      'OPPOSES state:IRN state:IRQ',
    ]);
    expect(stances('Peru is waging a trade war with Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances("Peru's tensions with Chile grew.")).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives nothing for a war only wanted or feared', () => {
    expect(stances('Peru does not want a war with Chile.')).toEqual([]);
  });
});
