import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// Support cut (issue 10, stop 29), on sentences written for these tests: "X halted aid to Y"
// reduces X's relations with Y (CAMEO 16) and is no support of Y.

const { japan, china, france, russia } = STATES;
const all = [japan, china, france, russia];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: a support noun governed by a verb of cutting', () => {
  it('gives OPPOSES instead of SUPPORTS', () => {
    expect(triples('Japan halted military aid to China.')).toEqual(['OPPOSES state:JPN state:CHN']);
    expect(triples('France suspended $400 million in aid to Russia.')).toEqual([
      'OPPOSES state:FRA state:RUS',
    ]);
    expect(triples('Japan ended its support for China.')).toEqual(['OPPOSES state:JPN state:CHN']);
    expect(triples('France cut off aid to Russia.')).toEqual(['OPPOSES state:FRA state:RUS']);
  });

  it('keeps SUPPORTS when the verb does not cut', () => {
    expect(triples('Japan increased aid to China.')).toEqual(['SUPPORTS state:JPN state:CHN']);
  });

  it('gives nothing when the cut is negated or modal', () => {
    expect(triples('Japan did not cut aid to China.')).toEqual([]);
    expect(triples('France may suspend aid to Russia.')).toEqual([]);
  });

  it('does not read a cut of something else across "and"', () => {
    expect(triples('Japan cut taxes and doubled aid to China.')).not.toContain(
      'OPPOSES state:JPN state:CHN',
    );
  });
});
