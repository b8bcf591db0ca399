import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { tradeHeads } from './trade-heads.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

// Sentences written for these tests, with made-up company names.
describe('trade heads: companies named by their trade', () => {
  it('takes a name ending in a trade word for a company, not a person', () => {
    expect(found('Vorland Gold said it regretted the decision.')).toEqual([
      ['Organization', 'Vorland Gold'],
    ]);
    expect(found('Analysts said Brinkvale Steel sued the union.')).toEqual([
      ['Organization', 'Brinkvale Steel'],
    ]);
    expect(found('Ostra Mining criticized the new royalty.')).toEqual([
      ['Organization', 'Ostra Mining'],
    ]);
  });

  it('leaves a person whose surname is a trade word a person', () => {
    expect(found('Jonathan Gold said the dish was fine.')).toEqual([['Person', 'Jonathan Gold']]);
    expect(found('Danielle Steel said she had finished the novel.')).toEqual([
      ['Person', 'Danielle Steel'],
    ]);
  });

  it('leaves a trade word after a month, a weekday or a stopword alone', () => {
    expect(found('The Gold rose on Monday.')).toEqual([]);
    expect(found('On Monday Steel prices rose.')).toEqual([]);
  });

  it('leaves the end of a name cut at a slash alone', () => {
    expect(found('Drops hit B/E Aerospace and Zodiac shares.')).not.toContainEqual([
      'Organization',
      'E Aerospace',
    ]);
  });

  it('loads the list', () => {
    expect(tradeHeads().has('Gold')).toBe(true);
  });
});
