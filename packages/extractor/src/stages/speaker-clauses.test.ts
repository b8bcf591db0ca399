import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('"he said" after a sentence with a subordinate clause', () => {
  it('means the main clause subject, not the name in an opening "after" clause', () => {
    expect(
      quotes(
        'After Walter Brandt left the party, Tomas Rieger stayed. "I will never leave," he said.',
      ),
    ).toEqual([['person:tomas-rieger', 'I will never leave,']]);
  });

  it('means the main clause subject, not the name in an opening "while" clause', () => {
    expect(
      quotes(
        'While Walter Brandt spoke in Ohio, Tomas Rieger toured Texas. "Texas is ours," he said.',
      ),
    ).toEqual([['person:tomas-rieger', 'Texas is ours,']]);
  });

  it('does not take the speaker of a speech verb inside a "because" clause', () => {
    expect(
      quotes(
        'Tomas Rieger stayed because Walter Brandt had asked him to. "I owe him that," he said.',
      ),
    ).toEqual([['person:tomas-rieger', 'I owe him that,']]);
  });

  it('still takes a subordinate name when it is the only one that fits', () => {
    expect(
      quotes('After Mara Lind left the party, the vote went ahead. "It was rigged," she said.'),
    ).toEqual([['person:mara-lind', 'It was rigged,']]);
  });
});
