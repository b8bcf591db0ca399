import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const people = (text: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('surnameTitle', () => {
  it('reads a title before a generational suffix as a surname', () => {
    expect(people('Gerald Finch King Jr. spoke at the rally.')).toEqual(['Gerald Finch King Jr.']);
  });

  it('reads a title ending the name right after a given name as a surname', () => {
    expect(people('Senator Angus King said no.')).toEqual(['Angus King']);
    expect(people('Mary Lou King won the final.')).toEqual(['Mary Lou King']);
  });

  it('keeps a title before a name a title', () => {
    expect(people('King Harald opened the session.')).toEqual(['Harald']);
    expect(people('Acme President Ana Ruiz said no.')).toEqual(['Ana Ruiz']);
    expect(people('She played the Red Queen in the film.')).toEqual([]);
  });
});
