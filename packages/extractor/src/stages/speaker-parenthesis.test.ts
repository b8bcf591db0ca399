import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('a subject with a party-and-state parenthesis', () => {
  it('gives a participle\'s quote to a titled name with "(D)" and an apposition', () => {
    expect(
      quotes(
        'Senator Mara Lind (D), a close Walter Brandt ally, conceded some ground, saying, "Most of the plan is completely different from the old one."',
      ),
    ).toEqual([['person:mara-lind', 'Most of the plan is completely different from the old one.']]);
  });
});
