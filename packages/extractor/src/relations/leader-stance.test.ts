import { describe, expect, it } from 'vitest';
import type { Relation } from '@newsgraph/graph-schema';
import { withoutLeaderStances } from './leader-stance.js';

// Stances toward the body one leads or speaks for (issue 10), on relations written here.

const relation = (type: Relation['type'], source: string, target: string): Relation => ({
  type,
  source,
  target,
  properties: {},
  confidence: 0.8,
  evidence: [{ start: 0, end: 10, text: 'A sentence' }],
});

const kept = (relations: Relation[]): string[] =>
  withoutLeaderStances(relations).map((r) => `${r.type} ${r.source} ${r.target}`);

describe('stances toward the body one leads or speaks for', () => {
  it('drops a leader’s stance toward the body it leads, keeping the LEADS', () => {
    expect(
      kept([
        relation('LEADS', 'person:a', 'state:PER'),
        relation('OPPOSES', 'person:a', 'state:PER'),
        relation('OPPOSES', 'person:a', 'state:CHL'),
      ]),
    ).toEqual(['LEADS person:a state:PER', 'OPPOSES person:a state:CHL']);
  });

  it('drops support from one who speaks for the body, but keeps opposition', () => {
    expect(
      kept([
        relation('REPRESENTS', 'person:a', 'state:CHN'),
        relation('SUPPORTS', 'person:a', 'state:CHN'),
        relation('OPPOSES', 'person:b', 'state:CHN'),
        relation('REPRESENTS', 'person:b', 'state:CHN'),
      ]),
    ).toEqual([
      'REPRESENTS person:a state:CHN',
      'OPPOSES person:b state:CHN',
      'REPRESENTS person:b state:CHN',
    ]);
  });

  it('keeps everything when no one leads or speaks for anyone', () => {
    expect(kept([relation('SUPPORTS', 'person:a', 'state:CHN')])).toEqual([
      'SUPPORTS person:a state:CHN',
    ]);
  });
});
