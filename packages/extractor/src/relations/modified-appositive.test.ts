import { describe, expect, it } from 'vitest';
import { ORGS, STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A name that only modifies the object's noun ("the EU front-runner", "the Chilean rival") is
// not the target when an apposition renames the object: the one named is. Sentences written for
// these tests.

const { chile } = STATES;
const { eu } = ORGS;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tom = personSpec('tom-brevik', 'Tom Brevik', 'Brevik');

describe('modifiedAppositiveTarget: "the <name> <noun>, <name>"', () => {
  it('targets the person the apposition names', () => {
    expect(
      stanceTriples('Tom Brevik criticized the EU front-runner, Mara Quist, on Monday.', [
        tom,
        eu,
        mara,
      ]),
    ).toEqual(['OPPOSES person:tom-brevik person:mara-quist']);
    expect(
      stanceTriples('Tom Brevik praised the Chilean newcomer, Mara Quist.', [tom, chile, mara]),
    ).toEqual(['SUPPORTS person:tom-brevik person:mara-quist']);
  });

  it('gives nothing to the apposition when the verb is negated or modal', () => {
    expect(
      stanceTriples('Tom Brevik did not criticize the EU front-runner, Mara Quist.', [
        tom,
        eu,
        mara,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Tom Brevik may praise the Chilean newcomer, Mara Quist.', [tom, chile, mara]),
    ).toEqual([]);
  });
});
