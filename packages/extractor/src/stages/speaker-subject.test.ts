import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('subjectBefore: a participle after a long clause', () => {
  it('takes the pronoun subject, not a name with a title in apposition after it', () => {
    expect(
      quotes(
        'Ivan Petrov spoke for three hours. This year, he rose to the defense of Karl Moser, the embattled president of the league, saying Mr. Moser deserved "a medal for all his work". And he even praised Mr. Dole in remarks after the meeting.\n\n"There is no doubt that he is a very bright and talented man," the Russian leader said.',
      ),
    ).toEqual([
      ['person:ivan-petrov', 'a medal for all his work'],
      ['person:ivan-petrov', 'There is no doubt that he is a very bright and talented man,'],
    ]);
  });

  it('still takes a name titled before it as the subject of a second verb', () => {
    expect(
      quotes(
        'In Lagos, State Department spokesman Ray Boyd praised Ghana and said the pact was "rock solid now."',
      ),
    ).toEqual([['person:ray-boyd', 'rock solid now.']]);
  });
});
