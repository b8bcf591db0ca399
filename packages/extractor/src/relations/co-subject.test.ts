import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// More doers named in an aside after the subject (issue 10, stop 29), on sentences written for
// these tests: "X, along with Y, criticised Z" is Y's act too.

const { japan, china, france, germany, russia } = STATES;
const all = [japan, china, france, germany, russia];
const triples = (text: string): string[] => stanceTriples(text, all).sort();

describe('extractRelations: a co-subject aside', () => {
  it("gives the aside's actors the subject's stance", () => {
    expect(triples('Germany, along with France, criticised Russia.')).toEqual([
      'OPPOSES state:DEU state:RUS',
      'OPPOSES state:FRA state:RUS',
    ]);
    expect(triples('Germany, together with France and Japan, condemned Russia.')).toEqual([
      'OPPOSES state:DEU state:RUS',
      'OPPOSES state:FRA state:RUS',
      'OPPOSES state:JPN state:RUS',
    ]);
    expect(triples('Germany, like France, has criticised Russia.')).toEqual([
      'OPPOSES state:DEU state:RUS',
      'OPPOSES state:FRA state:RUS',
    ]);
  });

  it('gives the contrasted actor nothing', () => {
    expect(triples('Germany, unlike France, criticised Russia.')).toEqual([
      'OPPOSES state:DEU state:RUS',
    ]);
  });

  it('gives nothing to an aside that is not a plain list of actors', () => {
    expect(triples('Germany, like many in China, criticised Russia.')).toEqual([
      'OPPOSES state:DEU state:RUS',
    ]);
  });

  it('gives nobody the stance when it is negated', () => {
    expect(triples('Germany, along with France, did not criticise Russia.')).toEqual([]);
  });
});
