import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): string[][] => body(text).entities.map((e) => [e.type, e.name]);

describe('a given name before a surname that is also a place', () => {
  it('is one person, not a state or a town', () => {
    expect(typed('Carlos Chile said the deal was fair.')).toEqual([['Person', 'Carlos Chile']]);
    expect(typed('Ana Lima criticised the budget on Monday.')).toEqual([['Person', 'Ana Lima']]);
  });

  it('takes a building head as a surname only with a person context', () => {
    expect(typed('Tom Hall, a lawmaker, said the vote was close.')).toEqual([
      ['Person', 'Tom Hall'],
    ]);
    expect(typed('The choir sang at the Albert Hall on Friday.')).toEqual([
      ['Location', 'Albert Hall'],
    ]);
  });

  it('leaves places, demonyms and listed first words alone', () => {
    expect(typed('Tourists crowded Ellis Island in July.')).toEqual([['Location', 'Ellis Island']]);
    expect(typed('Fans of the Cleveland Indians cheered.').map(([type]) => type)).not.toContain(
      'Person',
    );
    expect(typed('Jordan and Israel signed the accord.')).toEqual([
      ['State', 'Jordan'],
      ['State', 'Israel'],
    ]);
  });
});
