import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const persons = (text: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('demoteNonPersons', () => {
  it('reads no person in the title-case title of a work in quotes', () => {
    expect(persons('She starred in the television drama "Helen Marsh" for six years.')).toEqual([]);
    expect(persons('The band closed with its ballad "Silver Tom," to loud applause.')).toEqual([]);
    expect(persons('He played the lead in “Goodnight, Walter!” in 2004.')).toEqual([]);
  });

  it('keeps a person named outside the quotes and a quoted sentence about one', () => {
    expect(persons('Director Helen Marsh made "Silver Rain" in Oslo.')).toEqual(['Helen Marsh']);
    expect(persons('"Helen Marsh was right about the budget," the minister said.')).toEqual([
      'Helen Marsh',
    ]);
  });

  it('does not take the object of a preposition for the subject of a speech verb', () => {
    expect(
      persons('A spokesman for the prosecutors in Carlow said the raids were routine.'),
    ).toEqual([]);
    expect(persons('The former mayor of Tamsworth, said the vote was fair.')).toEqual([]);
  });

  it('keeps a lone surname before a speech verb', () => {
    expect(persons('Kowalczyk said the raids were routine.')).toEqual(['Kowalczyk']);
  });

  it('reads a word after a speech verb and before a noun and a name as a modifier', () => {
    expect(persons('"We cannot go back," said Dutch teacher Ana Ruiz on Monday.')).toEqual([
      'Ana Ruiz',
    ]);
    expect(persons('"It was a mistake," said Brightline lawyer Tomas Verde.')).toEqual([
      'Tomas Verde',
    ]);
  });
});

describe('facility heads', () => {
  it('reads a name that ends in the name of a building or site as a location', () => {
    const a = body('The film opened at the Gloria Cinema and later moved to the Martin Gallery.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Location', 'Gloria Cinema'],
      ['Location', 'Martin Gallery'],
    ]);
    expect(persons('The director of the Tolstoy Museum, Anna Petrova, spoke first.')).toEqual([
      'Anna Petrova',
    ]);
  });
});
