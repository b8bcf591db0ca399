import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// A resolution or bill that never took effect (issue 10, stop 29), on sentences written for these
// tests: "X vetoed a UN resolution condemning Y" is no UN act against Y.

const { japan, china, russia } = STATES;
const un: EntitySpec = { id: 'org:united-nations', type: 'Organization', names: ['UN'] };
const all = [japan, china, russia, un];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: the participle of a defeated resolution', () => {
  it("gives the resolution's owner nothing when it was vetoed, blocked or voted down", () => {
    expect(triples('Russia vetoed a UN resolution condemning Japan.')).toEqual([]);
    expect(triples('China blocked a UN resolution condemning Japan.')).toEqual([]);
    expect(triples('Japan voted down a UN motion condemning China.')).not.toContain(
      'OPPOSES org:united-nations state:CHN',
    );
  });

  it('keeps the stance of a resolution passed, and of a statement rejected', () => {
    expect(triples('The UN passed a resolution condemning Japan.')).toEqual([
      'OPPOSES org:united-nations state:JPN',
    ]);
    expect(triples('Japan issued a statement criticising China.')).toEqual([
      'OPPOSES state:JPN state:CHN',
    ]);
  });
});
