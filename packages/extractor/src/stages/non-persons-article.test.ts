import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('demoteNonPersons: a lone word after an article before its speech verb', () => {
  it('takes no body named with "the" before its speech verb for a person', () => {
    expect(people('The Parliament rejected the bill.')).toEqual([]);
    expect(people('Later the Assembly said it would vote.')).toEqual([]);
  });

  it('still takes a lone name before its speech verb for a person', () => {
    expect(people('Later, Halvorsen said it would vote.')).toEqual(['Halvorsen']);
  });
});
