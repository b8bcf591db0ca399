import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extract } from '../pipeline.js';
import { extractRelations } from './index.js';

// Stance precision on unseen news (stop 31), on sentences written for these tests: a verb of
// failing is no rejection, nor is reassuring support; a possessor of its critics, rivals, rebels
// or kin is not the one a stance on them is on; a small count before a demonym noun names people,
// not the state, and so does a singular demonym with a possessive; in a sports report, help and
// praise between players and coaches are play, not politics.

/** Stances read from the full analysis, where demonyms and possessives are marked. */
function stances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

/** Stances of a whole article (headline first), by entity name. */
function articleStances(lines: string[]): string[] {
  const doc = extract(lines.join('\n'), { id: 'test' });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${name.get(r.source)} > ${name.get(r.target)}`)
    .sort();
}

describe('extractRelations: failing is no rejection', () => {
  it('gives no OPPOSES for "failed to <verb> Y" or "has failed Y"', () => {
    expect(stances('Chile failed to label Peru a currency manipulator.')).toEqual([]);
    expect(stances('Chile failed to satisfy Peru.')).toEqual([]);
    expect(stances('Chile has failed Peru.')).toEqual([]);
  });

  it('keeps an accusation of failing and a rejection', () => {
    expect(stances('Chile accused Peru of failing to stop the smuggling.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stances("Chile rejected Peru's offer.")).toEqual(['OPPOSES state:CHL state:PER']);
  });
});

describe('extractRelations: reassuring is no support', () => {
  it('gives no SUPPORTS for "sought to reassure Y" or "messages to reassure Y"', () => {
    expect(stances('Chile sought to reassure Peru after the vote.')).toEqual([]);
    expect(stances('Chile sent messages to reassure Peru.')).toEqual([]);
  });

  it('keeps backing and encouraging', () => {
    expect(stances('Chile backed Peru after the vote.')).toEqual(['SUPPORTS state:CHL state:PER']);
    expect(stances('Chile encouraged Peru to join the pact.')).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });
});

describe("extractRelations: a stance on Y's critics, rivals, rebels or kin is not on Y", () => {
  it('gives no stance on the possessor of those people', () => {
    expect(stances("Mara Quist accused Tomas Reyes's critics of hypocrisy.")).toEqual([]);
    expect(stances("Chile expressed support for Peru's rebels.")).toEqual([]);
    expect(stances("Chile criticised Peru's closest rivals.")).toEqual([]);
    expect(stances("Mara Quist praised Tomas Reyes's daughter.")).toEqual([]);
  });

  it("keeps Y's policy, troops and government, which are Y's", () => {
    expect(stances("Mara Quist attacked Tomas Reyes's policies.")).toEqual([
      'OPPOSES person:mara-quist person:tomas-reyes',
    ]);
    expect(stances("Chile criticised Peru's troops.")).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stances("Chile expressed support for Peru's government.")).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: a small count before a demonym noun names people', () => {
  it('gives no stance on or by the state of a few counted people', () => {
    expect(stances('Chilean police arrested three Peruvians.')).toEqual([]);
    expect(stances('Chilean police arrested 12 Peruvians.')).toEqual([]);
    expect(stances('Two Peruvians attacked Chile.')).toEqual([]);
  });

  it("keeps a count of the state's soldiers and a mass", () => {
    expect(stances('Chilean troops killed three Peruvian soldiers.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stances('Chilean troops killed hundreds of Peruvians.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe("extractRelations: a singular demonym with a possessive is one person's", () => {
  it("gives no stance on the state for the Peruvian's request", () => {
    expect(stances("Chile rejected the Peruvian's request.")).toEqual([]);
    expect(stances("Chile criticised a Peruvian's remarks.")).toEqual([]);
  });

  it("keeps the state's own possessive and a demonym before a quoted noun", () => {
    expect(stances("Chile rejected Peru's request.")).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stances("Chile attacked Peruvian 'imperialism'.")).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extract: help and praise in a sports report', () => {
  it('reads no SUPPORTS between players and coaches of a race report', () => {
    const race = [
      'Athletics - Quist takes bronze.',
      '',
      'Mara Quist helped Tomas Reyes to build a points lead before the last lap of the race, and the coach praised Tomas Reyes after the race.',
    ];
    expect(articleStances(race)).toEqual([]);
  });

  it('keeps praise in an article that is no sports report', () => {
    const politics = [
      'Quist backs reform.',
      '',
      'Mara Quist praised Tomas Reyes for his courage on Monday.',
    ];
    expect(articleStances(politics)).toEqual(['SUPPORTS Mara Quist > Tomas Reyes']);
  });
});
