import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('objectSlot', () => {
  it('takes the object of a verb of stance for a person where the tagger reads one', () => {
    expect(people('Voters endorsed Okonkwo in the referendum.')).toEqual(['Okonkwo']);
    expect(people('The mayor praised Okonkwo after the vote.')).toEqual(['Okonkwo']);
  });

  it('takes an object the tagger reads as a miscellaneous name, unsure, not as a place', () => {
    expect(people('The senator has attacked Okafor on Monday.')).toEqual(['Okafor']);
    // (A word the list of people's names has is read by stages/stance-actors.ts: not this one.)
    expect(people('The senator has attacked Kirkwall on Monday.')).toEqual([]);
  });

  it('takes the object of a noun of stance for a person where the tagger reads one', () => {
    expect(people('Farmers voiced their support for Okonkwo in the vote.')).toEqual(['Okonkwo']);
  });

  it('takes an object whose reason is "his" or "her" own for a person', () => {
    expect(people('The mayor attacked Halvorsen for his remarks about the budget.')).toEqual([
      'Halvorsen',
    ]);
  });

  it('takes an object backed for an office only people run for for a person', () => {
    expect(people('The governor endorsed Rindal for president on Monday.')).toEqual(['Rindal']);
  });

  it('takes no policy or product in the same slots for a person', () => {
    expect(people('Voters endorsed Brexit for the second time.')).toEqual([]);
    expect(people('Voters endorsed Brexit in the referendum.')).toEqual([]);
    expect(people('The firm added support for Vortexa devices last year.')).toEqual([]);
    expect(people('The firm said support for Quorvo devices will come next year.')).toEqual([]);
  });

  it('takes no name that modifies the noun after it for a person', () => {
    // A name no list has (a listed surname, "Mbeki supporters", is someone's: attributive-names.ts).
    expect(people('Police attacked Tshabalala in the square.')).toEqual(['Tshabalala']);
    expect(people('Police attacked Tshabalala supporters in the square.')).toEqual([]);
  });

  it('takes no object of a word that is no verb of stance for a person', () => {
    expect(people('The ship sailed past Thoiry at dawn.')).toEqual([]);
  });
});
