import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('documentAntecedent', () => {
  it('gives "the statement said" to whoever spoke in the sentence that named the statement', () => {
    expect(
      quotes(
        'Acme Corp cut jobs. In a statement, Ana Ruiz announced that she would "step down at the end of the month."\n\n"The board thanks her for her work," the statement said.',
      ),
    ).toEqual([
      ['person:ana-ruiz', 'step down at the end of the month.'],
      ['person:ana-ruiz', 'The board thanks her for her work,'],
    ]);
  });

  it('does the same for a letter, which has no other way to a speaker', () => {
    expect(
      quotes(
        'Ana Ruiz said in a letter to members that the union would strike. "We have no other choice left," the letter said.',
      ),
    ).toEqual([['person:ana-ruiz', 'We have no other choice left,']]);
  });

  it('gives a letter no speaker when no recent sentence with one named it', () => {
    expect(
      quotes(
        'Ana Ruiz said the union would strike. Members got a letter. "We have no other choice left," the letter said.',
      ),
    ).toEqual([]);
  });
});
