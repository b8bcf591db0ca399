import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A deed a speaker reports of an actor (`reported` cue families, issue 10), on sentences written
// for these tests, each with a twin that must give nothing.

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');

describe('extractRelations: a misdeed reported by a speaker', () => {
  it('makes the speaker oppose the one it accuses', () => {
    expect(stanceTriples('Peru said Chile lied.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru said that Chile had misled the inspectors.', [peru, chile])).toEqual(
      ['OPPOSES state:PER state:CHL'],
    );
    expect(
      stanceTriples('Tomas Ruiz said Ines Vidal had repeatedly lied to voters.', [tomas, ines]),
    ).toEqual(['OPPOSES person:tomas-ruiz person:ines-vidal']);
    expect(stanceTriples('Brazil said Chile had reneged on its pledges.', [brazil, chile])).toEqual(
      ['OPPOSES state:BRA state:CHL'],
    );
  });

  it('gives nothing for a victim, a denial, a modal or one told', () => {
    expect(stanceTriples('Peru said Chile was misled by its advisers.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Peru said Chile never lied.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Peru said Chile may have lied.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Peru denied that Chile lied.', [peru, chile])).toEqual([]);
    expect(stanceTriples('If Peru said Chile lied, the talks would end.', [peru, chile])).toEqual(
      [],
    );
  });
});

describe('extractRelations: a good deed reported by a speaker', () => {
  it('makes the speaker support the one it credits', () => {
    expect(stanceTriples('Tomas Ruiz said Ines Vidal did a great job.', [tomas, ines])).toEqual([
      'SUPPORTS person:tomas-ruiz person:ines-vidal',
    ]);
    expect(stanceTriples('Peru says Chile deserves credit for the deal.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing when the credit is denied', () => {
    expect(
      stanceTriples('Tomas Ruiz said Ines Vidal had not done a good job.', [tomas, ines]),
    ).toEqual([]);
  });
});

describe('extractRelations: charges brought against an actor', () => {
  it('reads "charged Y with" as opposition, not "charged ahead"', () => {
    expect(stanceTriples('Peru charged Tomas Ruiz with fraud on Monday.', [peru, tomas])).toEqual([
      'OPPOSES state:PER person:tomas-ruiz',
    ]);
    expect(stanceTriples('Peru charged ahead with the plan despite Chile.', [peru, chile])).toEqual(
      [],
    );
  });
});
