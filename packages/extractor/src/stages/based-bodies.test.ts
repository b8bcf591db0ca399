import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const found = (text: string): Array<[string, string]> =>
  body(text).entities.map((e) => [e.type, e.name]);

describe('orgNounBefore after "-based"', () => {
  it('reads a name after "<place>-based" as a body, not a person', () => {
    expect(found('London-based Kelvaro said the deal was dead.')).toEqual([
      ['Location', 'London'],
      ['Organization', 'Kelvaro'],
    ]);
  });

  it('takes a place ending the name into the body', () => {
    expect(found('She runs Brussels-based Victims Aid Europe, a charity.')).toEqual([
      ['Location', 'Brussels'],
      ['Organization', 'Victims Aid Europe'],
    ]);
  });

  it('leaves a person, a title and a common acronym after it alone', () => {
    expect(found('The London-based Ana Ruiz said no.')).toEqual([
      ['Location', 'London'],
      ['Person', 'Ana Ruiz'],
    ]);
    expect(found('London-based Kelvaro CEO Ana Ruiz said no.')).toEqual([
      ['Location', 'London'],
      ['Organization', 'Kelvaro'],
      ['Person', 'Ana Ruiz'],
    ]);
    expect(found('He works for a Kabul-based NGO that gives advice.')).toEqual([
      ['Location', 'Kabul'],
    ]);
  });
});
