import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// Stop 42 stance recall, each construction on sentences written here.

const stances = (text: string): string[] => relationsOf(text, ['OPPOSES', 'SUPPORTS']);

describe('a stance taken in an office of a named organization (office-projection.ts)', () => {
  it("gives the organization the officer's stance too", () => {
    expect(stances('Oxfam’s director, Jane Wood, criticised Norway.')).toEqual([
      'OPPOSES org:oxfam state:NOR',
      'OPPOSES person:jane-wood state:NOR',
    ]);
    expect(stances('Greenpeace director Jane Wood praised Norway.')).toEqual([
      'SUPPORTS org:greenpeace state:NOR',
      'SUPPORTS person:jane-wood state:NOR',
    ]);
  });

  it('keeps a staff title, a quarrel inside one government and a journalist to the person', () => {
    expect(
      stances('Tom Hale, a professor of law at the University of Leeds, criticised Norway.'),
    ).toEqual(['OPPOSES person:tom-hale state:NOR']);
    expect(
      stances('White House press secretary Sean Spicer blamed the Justice Department on Tuesday.'),
    ).not.toContain('OPPOSES org:white-house org:us-justice-department');
    expect(stances('Jane Wood, a correspondent for the Washington Post, praised Norway.')).toEqual([
      'SUPPORTS person:jane-wood state:NOR',
    ]);
  });
});

describe('a titled person joined after "and former" (coordination.ts)', () => {
  it('reads the titled person as a conjunct of the object and of the subject', () => {
    expect(stances('Anna Lind criticized Mark Kowal and former prime minister Jan Berg.')).toEqual([
      'OPPOSES person:anna-lind person:jan-berg',
      'OPPOSES person:anna-lind person:mark-kowal',
    ]);
    expect(stances('Mark Kowal and former President Jan Berg condemned Russia.')).toEqual([
      'OPPOSES person:jan-berg state:RUS',
      'OPPOSES person:mark-kowal state:RUS',
    ]);
  });

  it('joins no untitled phrase after "former"', () => {
    expect(stances('Anna Lind criticized Mark Kowal and former allies of Russia.')).toEqual([
      'OPPOSES person:anna-lind person:mark-kowal',
    ]);
  });
});

describe('a reported judgement in quotation marks or a tweet (reported-judgement.ts)', () => {
  it('passes a quotation mark that opens the quoted deed', () => {
    expect(stances('Anna Lind said Mark Kowal "has failed" the country.')).toEqual([
      'OPPOSES person:anna-lind person:mark-kowal',
    ]);
    expect(stances('Anna Lind said Mark Kowal had "misled" voters.')).toEqual([
      'OPPOSES person:anna-lind person:mark-kowal',
    ]);
  });

  it('reads what one tweeted or posted as said', () => {
    expect(stances('Anna Lind tweeted that Mark Kowal is "a disgrace".')).toEqual([
      'OPPOSES person:anna-lind person:mark-kowal',
    ]);
    expect(stances('Anna Lind tweeted that Mark Kowal has done a great job.')).toEqual([
      'SUPPORTS person:anna-lind person:mark-kowal',
    ]);
  });

  it('still gives nothing for a denied, hedged or asked deed', () => {
    expect(stances('Anna Lind said Mark Kowal "has not failed" the country.')).toEqual([]);
    expect(stances('Anna Lind tweeted that Mark Kowal might be "a disgrace".')).toEqual([]);
    expect(stances('Anna Lind asked whether Mark Kowal "has failed".')).toEqual([]);
  });
});

describe('a coordinated subject in apposition before a titled object', () => {
  it('gives each subject the stance on each object, and none between the subjects', () => {
    expect(
      stances(
        'Two advisers, Tomas Weber and Jan Berg, criticized both Mark Kowal and former prime minister Anna Lind.',
      ),
    ).toEqual([
      'OPPOSES person:jan-berg person:anna-lind',
      'OPPOSES person:jan-berg person:mark-kowal',
      'OPPOSES person:tomas-weber person:anna-lind',
      'OPPOSES person:tomas-weber person:mark-kowal',
    ]);
  });
});

describe('"his"/"her" before modifiers of a stance noun (possessive-pronoun.ts)', () => {
  it('reads the pronoun past up to two plain modifiers', () => {
    expect(stances('Anna Lind spoke after her repeated attacks on Mark Kowal.')).toEqual([
      'OPPOSES person:anna-lind person:mark-kowal',
    ]);
    expect(stances('Jan Berg spoke about his strong public support for Mark Kowal.')).toEqual([
      'SUPPORTS person:jan-berg person:mark-kowal',
    ]);
  });

  it('still gives nothing where a second person could own the noun', () => {
    expect(
      stances('Jan Berg told Tom Hale about his strong public support for Mark Kowal.'),
    ).toEqual([]);
  });
});
