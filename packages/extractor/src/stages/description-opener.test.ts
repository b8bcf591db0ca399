import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('a sentence that opens with a description', () => {
  it('is about the person the description refers back to, not the person it names later', () => {
    expect(
      quotes(
        [
          'Senator Peter Renk spoke in Columbus on Monday.',
          'The Ohio senator praised Karl Weiss for his help with the bill.',
          '“Nothing is certain,” he said.',
        ].join(' '),
      ),
    ).toEqual([['person:peter-renk', 'Nothing is certain,']]);
  });

  it('refers back past the people its own sentence names later', () => {
    expect(
      quotes(
        [
          'Dora Renk met Karl Weiss in Oslo on Friday.',
          'The businesswoman thanked Lena Brandt for the visit.',
          '“It went well,” she said.',
        ].join(' '),
      ),
    ).toEqual([['person:dora-renk', 'It went well,']]);
  });

  it('is no description when the head word goes on as a name', () => {
    expect(
      quotes(
        [
          'Ivo Renk spoke first.',
          'The Republican National Committee praised Karl Weiss for his help.',
          '“Nothing is certain,” he said.',
        ].join(' '),
      ),
    ).toEqual([['person:karl-weiss', 'Nothing is certain,']]);
  });
});

describe('a pronoun after an introductory phrase', () => {
  it('is the subject of its sentence, before the people named after it', () => {
    expect(
      quotes(
        [
          'Mr. Lindqvist likes to surprise people at these events.',
          'This year, he rose to the defense of Jonas Brandt, the embattled president of the federation.',
          '“It is up to the voters,” he said.',
        ].join(' '),
      ),
    ).toEqual([['person:lindqvist', 'It is up to the voters,']]);
  });
});
