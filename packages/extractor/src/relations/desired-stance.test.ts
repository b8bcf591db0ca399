import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A stance verb as the infinitive of a verb of wanting or trying (issue 10), on sentences written here.

const found = (sentence: string): string[] =>
  relationsOf(sentence, ['OPPOSES', 'SUPPORTS', 'MEMBER_OF']);

describe('wanting or trying to act for or against someone', () => {
  it('gives the subject the stance of the infinitive', () => {
    expect(found('Jose Barroso wants to ban Tom Reyes.')).toEqual([
      'OPPOSES person:jose-barroso person:tom-reyes',
    ]);
    expect(found('Jose Barroso tried to block Tom Reyes.')).toEqual([
      'OPPOSES person:jose-barroso person:tom-reyes',
    ]);
    expect(found('Poland hopes to help Ukraine.')).toEqual(['SUPPORTS state:POL state:UKR']);
  });

  it('gives nothing when the wanting is negated, modal, questioned or conditional', () => {
    for (const sentence of [
      'Jose Barroso does not want to ban Tom Reyes.',
      'Jose Barroso may want to ban Tom Reyes.',
      'Does Jose Barroso want to ban Tom Reyes?',
      'If Jose Barroso wants to ban Tom Reyes, he will say so.',
    ])
      expect(found(sentence)).toEqual([]);
  });

  it('keeps membership a fact only when it is one', () => {
    expect(found('Ukraine wants to join NATO.')).toEqual([]);
  });

  it('does not read a name in a relative clause of the object as the target', () => {
    expect(
      found('Tom Reyes wants to veto the bill that allows lawsuits against Vera Lind.'),
    ).not.toContain('OPPOSES person:tom-reyes person:vera-lind');
  });
});
