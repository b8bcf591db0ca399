import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// An attempt states the stance it aims at (issue 10), on sentences written here: "tried to
// impeach Y" opposes Y whether or not the attempt succeeds; a failure, a modal or a denial does not.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('verbs of attempting before a stance infinitive', () => {
  it('gives the stance the attempt aims at', () => {
    expect(stances('Senator Ana Torres tried to impeach President Luis Vega.')).toEqual([
      'OPPOSES person:ana-torres person:luis-vega',
    ]);
    expect(stances("Peru has repeatedly tried to block Chile's bid.")).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Peru worked to help Chile.')).toEqual(['SUPPORTS state:PER state:CHL']);
    expect(stances('Peru attempted to provide support to Chile.')).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing for a failure, a modal or a denial', () => {
    for (const sentence of [
      'Peru failed to condemn Chile.',
      'Peru may try to block Chile.',
      'Peru did not try to impeach Chile.',
      'Peru never attempted to help Chile.',
    ])
      expect(stances(sentence)).toEqual([]);
  });
});
