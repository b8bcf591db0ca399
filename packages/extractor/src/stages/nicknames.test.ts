import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const persons = (text: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('joinNicknames', () => {
  it('reads a given name, a nickname in quotes and a surname as one person', () => {
    expect(persons('Former striker Walter "Wally" Brandt opened the stadium.')).toEqual([
      'Walter "Wally" Brandt',
    ]);
    expect(persons("Her uncle Thomas 'Big Tom' Okafor ran the club for years.")).toEqual([
      "Thomas 'Big Tom' Okafor",
    ]);
  });

  it('joins a later surname to the name with the nickname', () => {
    const a = body('Walter "Wally" Brandt won the race. Brandt said he was tired.');
    expect(a.entities.filter((e) => e.type === 'Person').map((e) => e.aliases)).toEqual([
      ['Walter "Wally" Brandt', 'Brandt'],
    ]);
  });

  it('leaves a quotation after a name alone', () => {
    expect(persons('Walter Brandt called it "Madness" in a speech.')).toEqual(['Walter Brandt']);
  });
});
