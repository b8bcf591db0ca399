import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('"she said" after a sentence about someone\'s relative', () => {
  it('gives the words to no one when the relative is not named', () => {
    expect(quotes('Rieger\'s wife was furious. "It is a disgrace," she said.')).toEqual([]);
  });

  it("does not give a husband's words to the possessor either", () => {
    expect(
      quotes('Lind\'s husband was furious after the vote. "It is a disgrace," he said.'),
    ).toEqual([]);
  });

  it('gives the words to the relative named in an apposition', () => {
    expect(
      quotes('Tomas Rieger\'s wife, Anna, was furious. "It is a disgrace," she said.'),
    ).toEqual([['person:anna', 'It is a disgrace,']]);
  });

  it('still gives a pronoun of the other gender to the possessor', () => {
    expect(quotes('Rieger\'s wife was furious. "It is a disgrace," he said.')).toEqual([
      ['person:rieger', 'It is a disgrace,'],
    ]);
  });
});
