import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('organization heads: companies named by their trade', () => {
  it('takes a name ending in a trade word for a company, not a person', () => {
    expect(found('Analysts said Orvella Communications attacked the merger.')).toEqual([
      ['Organization', 'Orvella Communications'],
    ]);
    expect(found('The company sued Brinkley Property Management last week.')).toEqual([
      ['Organization', 'Brinkley Property Management'],
    ]);
  });

  it('leaves a portfolio before a title to the title', () => {
    expect(found('Communications Minister Ana Ruiz criticized the plan.')).toEqual([
      ['Person', 'Ana Ruiz'],
    ]);
  });
});
