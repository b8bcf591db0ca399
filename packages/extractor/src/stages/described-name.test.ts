import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string, type: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('describedDespiteGivenName', () => {
  it('reads a name after a body noun as the body where only punctuation or speech follows', () => {
    const text =
      'The Moroccan weekly Al Menara, for its part, mocked the plan. ' +
      'The newspaper Al Wadi said the talks had failed.';
    expect(typed(text, 'Organization')).toEqual(['Al Menara', 'Al Wadi']);
    expect(typed(text, 'Person')).toEqual([]);
  });

  it('keeps a person where a clause about the body may follow the name', () => {
    expect(typed('The party Ana Ruiz founded in 1990 won the vote.', 'Person')).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('keeps a given name with no body noun before it a person', () => {
    expect(typed('Al Morrow, the senator, spoke in Leeds.', 'Person')).toEqual(['Al Morrow']);
  });
});
