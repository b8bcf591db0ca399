import { describe, expect, it } from 'vitest';
import { ORGS, STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A clause after the object that has its own object pronoun is no relative clause on that
// object: its subject is not the object's owner. Sentences written for these tests.

const { chile } = STATES;
const { eu } = ORGS;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');

describe('extractRelations: a "that" clause with its own object names no owner', () => {
  it('gives no edge to the subject of a result or content clause', () => {
    expect(
      stanceTriples(
        'The European Union has been fighting so many complaints about its staff that Mara Quist recently called them a disgrace.',
        [eu, mara],
      ),
    ).toEqual([]);
    expect(
      stanceTriples('Chile attacked the claims in the press that Mara Quist had made it up.', [
        chile,
        mara,
      ]),
    ).toEqual([]);
  });

  it('keeps the owner of a plan named in a relative clause with a gap', () => {
    expect(
      stanceTriples('Chile attacked the plan that Mara Quist announced on Monday.', [chile, mara]),
    ).toEqual(['OPPOSES state:CHL person:mara-quist']);
  });
});
