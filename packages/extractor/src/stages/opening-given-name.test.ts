import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('givenNameOpener', () => {
  it('keeps a listed given name that opens a sentence before another given name', () => {
    expect(people('Talks went on. Elmar Tobias, a member of the committee, said so.')).toEqual([
      'Elmar Tobias',
    ]);
  });

  it('still drops an adverb that opens a sentence before a given name', () => {
    expect(people('Talks went on. Earlier Thomas Reid, a member of the committee, left.')).toEqual([
      'Thomas Reid',
    ]);
  });

  it('drops a given name that is also a word written in lower case', () => {
    expect(people('Talks went on. Will Thomas Reid, a member of the committee, stay?')).toEqual([
      'Thomas Reid',
    ]);
  });

  it('keeps a given name also written in lower case that opens a two-word name', () => {
    expect(people('Talks went on. Hope Daniel said the plan failed.')).toEqual(['Hope Daniel']);
    expect(people('Talks went on. Grant Thomas said the plan failed.')).toEqual(['Grant Thomas']);
  });
});
