import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('hintPersonSlots', () => {
  it('takes a lone name before a verb only people do for a person, at the start of a sentence too', () => {
    expect(people('Rindal has endorsed the plan.')).toEqual(['Rindal']);
    expect(people('The talks failed, and Marlowe later accused the ministry of lying.')).toEqual([
      'Marlowe',
    ]);
  });

  it('reads past adverbs, and one set off by commas, to the verb', () => {
    expect(people('Rindal has harshly criticised the ministry.')).toEqual(['Rindal']);
    expect(people('Marlowe, too, has criticised the ministry.')).toEqual(['Marlowe']);
  });

  it('takes a lone name before ", who" or joined by "and" to a named person for a person', () => {
    expect(people('Halvorsen, who owns a farm, spoke at the rally.')).toEqual(['Halvorsen']);
    expect(people('The votes of Rindal and Senate Majority Leader Ana Ruiz decided it.')).toEqual([
      'Rindal',
      'Ana Ruiz',
    ]);
  });

  it('takes the object of "accused … of" or "thanked … for" for a person, not of "blamed … for"', () => {
    expect(people('The senator accused Rindal of lying.')).toEqual(['Rindal']);
    expect(people('She thanked Marlowe for his help.')).toEqual(['Marlowe']);
    expect(people('Voters blamed Brexit for the slump.')).toEqual([]);
  });

  it('takes a lone name with an apposition headed by a noun for people for a person', () => {
    expect(people('Halvorsen, a pollster by trade, joined the campaign.')).toEqual(['Halvorsen']);
    expect(people('He sold shares in Vortexa, the oil giant, last year.')).toEqual([]);
    expect(people('Three conservative Assembly members met on Tuesday.')).toEqual([]);
  });

  it('takes no list of capitalised words, or a name before ", which", for a person', () => {
    expect(people('He met the Justice, Freedom and Security Commissioner Ana Ruiz.')).toEqual([
      'Ana Ruiz',
    ]);
    expect(people('Vortexa, which is based in Oslo, accused the court of bias.')).toEqual([]);
  });

  it('takes the owner of what only a person has for a person, ending the name at the mark', () => {
    const a = body('Velasquez’s wife spoke to reporters.');
    expect(a.mentions.map((m) => [m.text, m.type])).toEqual([['Velasquez', 'Person']]);
    expect(people('Reporters met Haynes’ daughter on Monday.')).toEqual(['Haynes']);
    expect(people('Rindal’s widow thanked the minister.')).toEqual(['Rindal']);
  });

  it('takes the same word elsewhere in the article, before the slot too, for the same person', () => {
    const a = body('The plan pleased Rindal. Later Rindal said it was good.');
    const persons = a.entities.filter((e) => e.type === 'Person');
    expect(persons.map((e) => e.mentions.length)).toEqual([2]);
  });

  it('still joins the lone name to the full name the article gives', () => {
    const a = body('Kirsten Maloney arrived on Monday. Maloney has endorsed the plan.');
    const persons = a.entities.filter((e) => e.type === 'Person');
    expect(persons.map((e) => e.name)).toEqual(['Kirsten Maloney']);
    expect(persons[0]?.mentions).toHaveLength(2);
  });

  it('makes no person of common words, contractions or things in those slots', () => {
    expect(people('Police said the man fled.')).toEqual([]);
    expect(people('Everyone praised the plan.')).toEqual([]);
    expect(people('Brexit has angered voters.')).toEqual([]);
    expect(people('Brexit’s supporters rallied in the square.')).toEqual([]);
    expect(people('"Don\'t tell lies," he said.')).toEqual([]);
    expect(people('"It hurts." Random attacks also spread fear.')).toEqual([]);
  });

  it('takes no title, abbreviation or last word of a longer name for a person', () => {
    expect(people('But County’s Attorney Ana Ruiz did not file charges.')).toEqual(['Ana Ruiz']);
    expect(people('He signed the papers before the Sept. attacks on the port.')).toEqual([]);
    expect(people('The Institute of Glass Arts and Sciences nominated three films.')).toEqual([]);
  });

  it('takes each of two lone names joined by "and" before the verb', () => {
    expect(people('Halvorsen and Rindal also mocked the organisers of the rally.')).toEqual([
      'Halvorsen',
      'Rindal',
    ]);
  });

  it('leaves a word the article names as a company to the company', () => {
    const a = body('Shares of oil company Vortexa fell. Vortexa accused the regulator of bias.');
    expect(a.entities.filter((e) => e.type === 'Person')).toEqual([]);
    expect(a.mentions.filter((m) => m.text === 'Vortexa').map((m) => m.type)).not.toContain(
      'Person',
    );
  });

  it('takes no company the article shows by its shares, board or output for a person', () => {
    expect(
      people('Brovatex said its quarterly output fell. Brovatex’s board meets on Monday.'),
    ).toEqual([]);
    expect(people('Pelgrano said its new ferry would sail in May.')).toEqual([]);
    expect(people('Korvana shares rose after Korvana indicated a higher dividend.')).toEqual([]);
    expect(people('Tavrolin’s six-month profits doubled. Tavrolin said exports rose.')).toEqual([]);
  });

  it('takes no name after a noun saying what company it is for a person', () => {
    expect(people('The carrier Velnor said fares would rise.')).toEqual([]);
  });

  it('wants the tagger to take the owner of what companies own too for a person', () => {
    // Companies have lawyers and successors as well: the slot alone is not enough.
    expect(people('Texolan’s lawyers filed the appeal on Tuesday.')).toEqual([]);
  });

  it('still takes people in an article about a company for people', () => {
    const names = people(
      'Draxomet shares fell on Monday. Okonkwo, who runs the plant, said output would recover. ' +
        'Okonkwo also mocked the analysts.',
    );
    expect(names).toEqual(['Okonkwo']);
  });

  it('takes no plural noun for people that opens a sentence for a person', () => {
    expect(people('Rebels attacked the town at dawn.')).toEqual([]);
    expect(people('Protesters slammed the decision.')).toEqual([]);
  });
});

describe('hintPersonSlots: the subject of any finite verb', () => {
  it('takes a lone subject of an auxiliary for a person where the tagger reads one with a margin', () => {
    expect(people('After the vote, Kasenko will join the cabinet.')).toEqual(['Kasenko']);
    expect(people('After the vote, Whitcombe will join the cabinet.')).toEqual([]);
  });

  it('takes no opening word, nor one after "the", for a subject the tagger cannot judge', () => {
    expect(people('Kasenko will join the cabinet.')).toEqual([]);
    expect(people('After the vote, the Kasenko will join the cabinet.')).toEqual([]);
  });
});
