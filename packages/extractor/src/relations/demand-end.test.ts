import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A demand that what an actor owns or does be ended (issue 10), on sentences written here.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('a demand to end what an actor owns', () => {
  it('opposes the owner named by a possessive or a state before the noun', () => {
    expect(stances("Ana Torres called for an end to Israel's occupation.")).toEqual([
      'OPPOSES person:ana-torres state:ISR',
    ]);
    expect(stances('Ana Torres demanded the lifting of the US embargo.')).toEqual([
      'OPPOSES person:ana-torres state:USA',
    ]);
    expect(stances("Ana Torres called for Israel's withdrawal from the West Bank.")).toEqual([
      'OPPOSES person:ana-torres state:ISR',
    ]);
  });

  it('gives nothing without an owner, for a thing aimed at the actor, or when denied', () => {
    for (const sentence of [
      'Ana Torres called for an end to the violence.',
      'Ana Torres called for the lifting of sanctions against Russia.',
      "Ana Torres did not call for an end to Israel's occupation.",
      "Ana Torres rejected calls for an end to Israel's occupation.",
    ])
      expect(stances(sentence)).toEqual([]);
  });
});
