import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// "said Rindal spokeswoman Nora Lind": a person's name before a lower-case title and another
// person's name only says whose the title is; the title's holder speaks (issue 12, stop 35).

function speakersOf(text: string): string[] {
  const graph = extract(`Headline\n\n${text}`, { id: 't' });
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  return graph.relations.filter((r) => r.type === 'QUOTES').map((r) => names.get(r.target) ?? '');
}

describe('an inverted speaker after another person named as the owner of a title', () => {
  it("gives the quote to the title's holder", () => {
    expect(speakersOf('"We will win," said Karl Rindal spokeswoman Nora Lind.')).toEqual([
      'Nora Lind',
    ]);
    expect(speakersOf('"We will win," said Rindal campaign manager Nora Lind.')).toEqual([
      'Nora Lind',
    ]);
    expect(
      speakersOf('Karl Rindal spoke on Monday. "We will win," said Rindal aide Nora Lind.'),
    ).toEqual(['Nora Lind']);
  });

  it('keeps the first person where no titled name follows', () => {
    expect(speakersOf('"We will win," said Karl Rindal and Nora Lind.')).toEqual(['Karl Rindal']);
    expect(speakersOf('"We will win," said Karl Rindal on Monday.')).toEqual(['Karl Rindal']);
    expect(speakersOf('"We will win," said Karl Rindal, a lawyer.')).toEqual(['Karl Rindal']);
  });
});
