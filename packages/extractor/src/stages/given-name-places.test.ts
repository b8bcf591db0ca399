import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): Array<[string, string]> =>
  body(text).entities.map((e) => [e.type, e.name]);

describe('joinGivenNamePlaces', () => {
  it('reads a place that is a given name, before a surname, as the opening of a name', () => {
    expect(typed('His supervisor, Stanley Brewer, faces charges.')).toEqual([
      ['Person', 'Stanley Brewer'],
    ]);
  });

  it('leaves the place where places stand or a head ends its name', () => {
    expect(typed('Officials met in Sydney Monday.')).toEqual([['Location', 'Sydney']]);
    expect(typed('The choir sang in Sydney Cathedral.')).toEqual([
      ['Location', 'Sydney Cathedral'],
    ]);
  });
});
