import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('"they said" and the organization a sentence is about', () => {
  it('gives "they" to the organization that opens the sentence before', () => {
    expect(
      quotes(
        'The Sierra Club attacked the plan on Monday. "It will poison the river," they said in a statement.',
      ),
    ).toEqual([['org:sierra-club', 'It will poison the river,']]);
  });

  it('gives the words to no one when two actors opened that sentence', () => {
    expect(
      quotes(
        'Greenpeace and the Sierra Club criticised the new mining law. "This law is a disaster for the forests," they said.',
      ),
    ).toEqual([]);
  });

  it('gives the words to no one when the organization only owns the subject (its lawyers)', () => {
    expect(
      quotes(
        'Greenpeace\'s lawyers criticised the new mining law. "This law is a disaster for the forests," they said.',
      ),
    ).toEqual([]);
  });

  it('gives the words to no one when a person is the nearer subject', () => {
    expect(
      quotes(
        'Greenpeace criticised the law. Mara Lind agreed. "This law is a disaster for the forests," they said.',
      ),
    ).toEqual([]);
  });

  it('looks past a paragraph of quotation to the organization before it', () => {
    expect(
      quotes(
        'The Sierra Club attacked the new river law on Monday, calling it a disaster.\n\n' +
          '"Nobody asked the farmers. Nobody asked the towns. Nobody asked the scientists."\n\n' +
          '"We will fight it in court," they said.',
      ),
    ).toEqual([['org:sierra-club', 'We will fight it in court,']]);
  });

  it('gives the words to no one when a person spoke the quotation before', () => {
    expect(
      quotes(
        'The Sierra Club attacked the new river law on Monday.\n\n' +
          '"Nobody asked us. Nobody asked the towns. We are angry," Mara Lind, a farmer, said.\n\n' +
          '"We will fight it in court," they said.',
      ).map(([id]) => id),
    ).toEqual(['person:mara-lind']);
  });
});
