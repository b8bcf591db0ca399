import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

// Stance precision on wire text (issue reuters2), on sentences written for these tests: the
// organization a state seeks to join is not opposed, and a demonym used as a noun for one
// person does not make that person's state the target.

function stances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: names before "membership" or "accession"', () => {
  it('gives no stance on the bodies in a list before "membership"', () => {
    expect(stances('Hungary and Romania target EU and NATO membership.')).toEqual([]);
    expect(stances('Chile and Peru have targeted OECD, WTO membership.')).toEqual([]);
  });

  it('gives no stance on a body before "accession"', () => {
    expect(stances('Estonia targeted NATO accession within two years.')).toEqual([]);
  });

  it("still reads the owner of the membership: opposing Y's NATO membership opposes Y", () => {
    expect(stances("Russia opposes Ukraine's NATO membership.")).toEqual([
      'OPPOSES state:RUS state:UKR',
    ]);
  });

  it('still reads a list of bodies that are themselves the object', () => {
    expect(stances('Hungary criticised the EU and NATO on Monday.')).toEqual([
      'OPPOSES state:HUN org:european-union',
      'OPPOSES state:HUN org:nato',
    ]);
  });
});

describe('extractRelations: a singular demonym used as a noun is one person', () => {
  it('gives no stance on the state of "a Peruvian" or a bare "Peruvian" with no head noun', () => {
    expect(stances('Police in Chile arrested a Peruvian on Monday.')).toEqual([]);
    expect(stances('Chile condemned a Peruvian for the attack.')).toEqual([]);
    expect(stances('Chileans arrest Peruvian on drugs charges.')).toEqual([]);
  });

  it('still reads a demonym before a head that stands for the state', () => {
    expect(stances('Chile criticised the Peruvian government.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stances('Chile attacked Peruvian positions.')).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('still reads a collective demonym ("the French") as the state', () => {
    expect(stances('Germany criticised the French for the delay.')).toEqual([
      'OPPOSES state:DEU state:FRA',
    ]);
  });
});

describe('extractRelations: a judgement word after a passive in a reported clause', () => {
  it('gives no stance when "was" is the auxiliary of a passive before the judgement word', () => {
    expect(stances('Chile said Peru was accused of making false claims.')).toEqual([]);
    expect(stances('Chile said the Peruvian envoy was held for giving a false statement.')).toEqual(
      [],
    );
  });

  it('still reads a copula whose complement is the judgement', () => {
    expect(stances('Chile said the Peruvian report was utterly false.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stances('Chile said the Peruvian claim was widely seen as false.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});
