import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// Stance precision on sentences written for these tests: a demonym that only says whose people
// the head noun names (an occupation, an ethnic majority); an act an accusation charges; a
// participle right after a past verb, which describes its object; a name right before another
// actor's name, which describes it.

const { chile, peru } = STATES;

/** Stances read from the full pipeline, where a demonym is marked as one. */
function analysedStances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: a demonym before a head the state does not act through, as subject', () => {
  it('gives no stance to the state of a person named by an occupation', () => {
    expect(analysedStances('A Chilean novelist criticised Peru on Monday.')).toEqual([]);
    expect(analysedStances('A Peruvian journalist attacked Chile in a column.')).toEqual([]);
  });

  it('gives no stance to the state of an ethnic majority', () => {
    expect(analysedStances('The Albanian majority have boycotted Serbian institutions.')).toEqual(
      [],
    );
  });

  it('keeps a demonym before a head that does represent the state', () => {
    expect(analysedStances('Chilean officials criticised Peru on Monday.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(analysedStances('A Chilean diplomat criticised Peru on Monday.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: the act an accusation charges is a claim, not a stated fact', () => {
  const { brazil } = STATES;

  it('keeps the accusation and drops the accused act ("X accused Y of arming Z")', () => {
    expect(stanceTriples('Chile accused Peru of arming Brazil.', [chile, peru, brazil])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(
      stanceTriples('Chile is accusing Peru of attacking Brazil.', [chile, peru, brazil]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('keeps the act a verb of judging takes as done ("X condemned Y for attacking Z")', () => {
    expect(
      stanceTriples('Chile condemned Peru for attacking Brazil.', [chile, peru, brazil]),
    ).toEqual(['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:BRA']);
  });
});

describe('extractRelations: a participle right after a past verb describes its object', () => {
  const quist = { id: 'person:mara-quist', type: 'Person' as const, names: ['Mara Quist'] };

  it('reads no act in "pardoned jailed Y" or "took jailed Y to hospital"', () => {
    expect(stanceTriples('Chile pardoned jailed activist Mara Quist.', [chile, quist])).toEqual([]);
    expect(
      stanceTriples('Chilean officials took jailed activist Mara Quist to hospital.', [
        chile,
        quist,
      ]),
    ).toEqual([]);
  });

  it('keeps the verb after an auxiliary or "and" ("had jailed Y", "arrested and jailed Y")', () => {
    expect(stanceTriples('Chile had jailed Mara Quist.', [chile, quist])).toEqual([
      'OPPOSES state:CHL person:mara-quist',
    ]);
    expect(stanceTriples('Chile arrested and jailed Mara Quist.', [chile, quist])).toEqual([
      'OPPOSES state:CHL person:mara-quist',
    ]);
  });
});

describe("extractRelations: a name right before another actor's name describes it", () => {
  const senate = { id: 'org:us-senate', type: 'Organization' as const, names: ['Senate'] };
  const party = {
    id: 'org:republican-party',
    type: 'Organization' as const,
    names: ['Republicans'],
  };

  it('points "backed Senate Republicans" at the party, not the chamber', () => {
    expect(stanceTriples('Chile backed Senate Republicans.', [chile, senate, party])).toEqual([
      'SUPPORTS state:CHL org:republican-party',
    ]);
  });

  it('keeps two states side by side as a pair ("the joint Chile Peru drills")', () => {
    const { brazil } = STATES;
    expect(
      stanceTriples('Brazil condemned the joint Chile Peru drills.', [brazil, chile, peru]),
    ).toContain('OPPOSES state:BRA state:CHL');
  });

  it('keeps a lone body as the target ("backed the Senate")', () => {
    expect(stanceTriples('Chile backed the Senate.', [chile, senate, party])).toEqual([
      'SUPPORTS state:CHL org:us-senate',
    ]);
  });
});
