import { describe, expect, it } from 'vitest';
import { ORGS, STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// A text a body adopted (issue 10, stop 30), on sentences written for these tests: "condemned
// the UN resolution" judges the body's stated position; "vetoed a UN resolution" is a vote held
// in the body and names no owner.

const { peru, chile, brazil } = STATES;
const { un, mercosur } = ORGS;
const all = [peru, chile, brazil, un, mercosur];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: judging a resolution a body adopted', () => {
  it('points the judgement at the body', () => {
    expect(triples('Peru condemned the UN resolution.')).toEqual([
      'OPPOSES state:PER org:united-nations',
    ]);
    expect(triples('Chile rejected the Mercosur resolution on fishing quotas.')).toEqual([
      'OPPOSES state:CHL org:mercosur',
    ]);
    expect(triples('Brazil welcomed the UN resolution.')).toEqual([
      'SUPPORTS state:BRA org:united-nations',
    ]);
  });

  it('keeps a vote in the body apart from the body', () => {
    expect(triples('Peru vetoed a UN resolution on fishing quotas.')).toEqual([]);
    expect(triples('Brazil vetoed a Mercosur resolution on fishing quotas.')).toEqual([]);
  });

  it('gives nothing when the judgement is negated or asked', () => {
    expect(triples('Peru did not condemn the UN resolution.')).toEqual([]);
    expect(triples('Will Chile reject the UN resolution?')).toEqual([]);
  });
});
