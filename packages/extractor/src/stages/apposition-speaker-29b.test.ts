import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

// Sentences written for these tests, with made-up names.
describe('speechAdjacent: the name that ends an apposition is no speaker', () => {
  it('does not take a company after a noun it completes for the speaker', () => {
    expect(people('Ana Ruiz, CEO of Kelvaro rival Brinmoor, criticized the plan.')).not.toContain(
      'Brinmoor',
    );
    expect(
      people('Tom Beck, head of the Vellmar unit Ostrico, said the deal was off.'),
    ).not.toContain('Ostrico');
  });

  it('keeps a name set off by commas, and one after a speech verb, a speaker', () => {
    expect(people('The spokesman, Rindal, said the talks failed.')).toEqual(['Rindal']);
    expect(people('The talks failed, said Rindal, who led them.')).toEqual(['Rindal']);
    expect(people('Officials said Rindal had made a mistake.')).toEqual(['Rindal']);
  });

  it('keeps the object of a verb before ", saying" a speaker', () => {
    expect(people('Kovacs slammed Rindal, saying he made a grave mistake.')).toContain('Rindal');
  });
});
