import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';

// A person known by the surname alone, then by a fuller name whose given name the lexicon's first
// names lack (stages/person-index.ts matchWeak). Names invented for these tests.

function people(text: string): string[] {
  return extract(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join('|')}`);
}

describe('PersonIndex: a fuller name names a person known by the surname', () => {
  it('names the person by the fuller name in either order', () => {
    expect(
      people(
        'Mrs Valdereck opened the clinic on Monday.\nNaina Valdereck has worked there for years.',
      ),
    ).toEqual(['Naina Valdereck: Valdereck|Naina Valdereck']);
    expect(
      people('Naina Valdereck has undergone an operation.\nMrs Valdereck would be released soon.'),
    ).toEqual(['Naina Valdereck: Naina Valdereck|Valdereck']);
  });

  it('keeps the surname for a word that is no given name, or a given name of the other gender', () => {
    expect(
      people(
        'Mrs Valdereck opened the clinic on Monday.\nHosting Valdereck was a mistake, the board said.',
      ),
    ).toEqual(['Valdereck: Valdereck|Hosting Valdereck']);
    expect(
      people(
        'Mr Valdereck opened the clinic on Monday.\nNaina Valdereck has worked there for years.',
      ),
    ).toEqual(['Valdereck: Valdereck|Naina Valdereck']);
  });
});
