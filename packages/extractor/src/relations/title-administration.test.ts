import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const leads = (text: string): string[] =>
  extract(text, { headline: false })
    .relations.filter((r) => r.type === 'LEADS')
    .map((r) => `${r.source} ${r.target}`);

describe('administrations', () => {
  it('gives the head of "the X administration" LEADS of his state', () => {
    expect(
      leads('The United States voted on Monday. The Obama administration disagreed with the plan.'),
    ).toContain('person:barack-obama state:USA');
  });

  it('gives nothing for an administration that may come', () => {
    for (const text of [
      'The United States votes in November. He may get a top job in a Hillary Clinton administration.',
      'The United States votes in November. Any future Obama administration would differ.',
    ])
      expect(leads(text)).toEqual([]);
  });
});
