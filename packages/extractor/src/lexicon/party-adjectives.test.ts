import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('organization lexicon: a party named by its adjective', () => {
  it("takes 'Democratic' before its members for the Democratic Party, as 'Republican'", () => {
    expect(found('Democratic senators criticized the plan.')).toEqual([
      ['Organization', 'Democratic Party'],
    ]);
    expect(found('Republican senators criticized the plan.')).toEqual([
      ['Organization', 'Republican Party'],
    ]);
  });

  it('keeps the longer names that begin or hold the word', () => {
    expect(found('The Free Democratic Party criticized the plan.')).toEqual([
      ['Organization', 'Free Democratic Party'],
    ]);
    expect(found('The Democratic Republic of Congo rejected the plan.')).toEqual([
      ['State', 'DR Congo'],
    ]);
  });
});
