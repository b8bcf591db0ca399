import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// Exchanges of fire and locked disputes (issue 10, stop 29), on sentences written for these tests:
// two sides that exchange fire, blows or threats, or are locked in a dispute, oppose each other.

const { japan, china, france, russia } = STATES;
const all = [japan, china, france, russia];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: exchanges and locked disputes', () => {
  it('gives both directions for two coordinated sides', () => {
    const both = ['OPPOSES state:CHN state:JPN', 'OPPOSES state:JPN state:CHN'];
    expect(triples('Japan and China exchanged fire near the islands.').sort()).toEqual(both);
    expect(triples('Japan and China are locked in a dispute over the islands.').sort()).toEqual(
      both,
    );
  });

  it('gives the subject OPPOSES the other party after "with"', () => {
    expect(triples('France traded threats with Russia on Monday.')).toEqual([
      'OPPOSES state:FRA state:RUS',
    ]);
    expect(triples('France is locked in a dispute with Russia over gas.')).toEqual([
      'OPPOSES state:FRA state:RUS',
    ]);
  });

  it('gives nothing when negated or modal', () => {
    expect(triples('Japan and China did not exchange fire.')).toEqual([]);
    expect(triples('France has not traded threats with Russia.')).toEqual([]);
    expect(triples('Japan and China could be locked in a dispute for years.')).toEqual([]);
  });
});
