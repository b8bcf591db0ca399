import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const ids = (text: string, name: string): string[] =>
  body(text)
    .mentions.filter((m) => m.text === name)
    .map((m) => m.entityId);

describe('a side named after its city', () => {
  const report = (sides: string): string =>
    `SOCCER - LEAGUE ROUND-UP .\n${sides} on Saturday in the league .\nThe striker scored a penalty after half-time .`;

  it("is the lexicon's one club of that city when the report names no club of it", () => {
    expect(ids(report('Mönchengladbach beat Stuttgart 2-0'), 'Mönchengladbach')).toEqual([
      'org:borussia-monchengladbach',
    ]);
    expect(ids(report('Cologne drew 1-1 with Augsburg'), 'Cologne')).toEqual(['org:fc-koln']);
  });

  it('stays a side of its own where the lexicon has two clubs of that city', () => {
    const found = ids(report('Manchester beat Lisbon 2-1'), 'Manchester');
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/united|city/);
  });

  it('stays a place outside a sports report', () => {
    expect(
      ids('The trade fair in Cologne opened on Monday with 400 exhibitors.', 'Cologne'),
    ).not.toContain('org:fc-koln');
  });
});
