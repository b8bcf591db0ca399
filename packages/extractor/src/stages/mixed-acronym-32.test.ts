import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const orgs = (text: string): Array<[string, number]> =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => [e.name, e.mentions.length]);

describe('mixed-case acronyms and common words before a company', () => {
  it('still trims a common word before a company name', () => {
    expect(orgs('Prices of shares fell. Shares of Harlow Systems Inc. rose.')).toEqual([
      ['Harlow Systems Inc.', 1],
    ]);
  });

  it('reads a mixed-case acronym defined in parentheses as the body', () => {
    const text =
      'He warned the central bank, the Bank of Veldoria (BoV), that he would act if the BoV failed.';
    expect(orgs(text)).toEqual([['Bank of Veldoria', 3]]);
  });
});
