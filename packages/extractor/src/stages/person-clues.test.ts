import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('personClue', () => {
  it('takes a lone subject that its clause later calls "he" or "she" for a person', () => {
    expect(people('Brannock has been clear that he opposes the levy.')).toEqual(['Brannock']);
    expect(people('Since then, Osterholt has kept her distance from the council.')).toEqual([
      'Osterholt',
    ]);
    expect(people('Voters knew that Brannock had broken his promise on taxes.')).toEqual([
      'Brannock',
    ]);
  });

  it('reads a parenthesis after the name, which may hold the pronoun', () => {
    expect(people('In the end, Osterholt, for her part, welcomed the ruling.')).toEqual([
      'Osterholt',
    ]);
  });

  it('leaves the name when another name, a person noun or "its" comes before the pronoun', () => {
    // A word on no list of names: a listed surname opening the sentence before a finite verb is a
    // person by itself (initial-names.ts properOpeningAllows), pronoun or none.
    expect(people('Quarnbeck hired the director, and his salary doubled.')).toEqual([]);
    expect(people('Vortexa has cut its forecast, and he was not surprised.')).toEqual([]);
  });

  it('leaves an opening participle, adverb or interjection, and the pronoun of a reporting clause', () => {
    expect(people('Describing his plan for the harbour, the mayor smiled.')).toEqual([]);
    expect(people('Merely raising taxes would not satisfy his critics.')).toEqual([]);
    expect(people('Oh, take her along to the fair.')).toEqual([]);
    expect(people('“Ferrets cannot be trained,” he says.')).toEqual([]);
  });

  it('takes a name with an age in apposition, or followed by "and his" or "and her", for a person', () => {
    expect(people('Brannock, 64, was charged with fraud.')).toEqual(['Brannock']);
    expect(people('The report criticised Osterholt and her allies.')).toEqual(['Osterholt']);
    expect(people('The team of 12, 40 volunteers, and the boat left.')).toEqual([]);
  });

  it('takes no lone subject its clause calls "its" for a person, where a person slot would', () => {
    expect(
      people('Quorvo has criticised the ruling, saying the rules hurt its customers.'),
    ).toEqual([]);
    expect(
      people('Quorvo has criticised the ruling, saying the rules hurt his customers.'),
    ).toEqual(['Quorvo']);
  });

  it('takes no company named by its shares or its suffix for a person in a person slot', () => {
    expect(people('Investors criticised Quorvo shares after the report.')).toEqual([]);
    expect(people('Quorvo Inc said on Monday that Quorvo has criticised the ruling.')).toEqual([]);
  });

  it('reads a parenthesis after a name opening the sentence when a verb follows it', () => {
    expect(people('Osterholt, on the other hand, has said she backs the levy.')).toEqual([
      'Osterholt',
    ]);
    expect(people('Oh, bring her, too!')).toEqual([]);
  });
});
