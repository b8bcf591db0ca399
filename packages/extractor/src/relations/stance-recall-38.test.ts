import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance recall on constructions that failed inside longer sentences of the stance split
// (issue 10, stop 38), on sentences written for these tests, each with negated, modal, asked or
// conditional forms that give none.

const { chile, peru } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const dorvan: EntitySpec = {
  id: 'org:dorvan-party',
  type: 'Organization',
  names: ['Dorvan Party', 'Dorvan National Congress'],
};
const quistOpposes = ['OPPOSES person:mara-quist person:tomas-reyes'];
const quistSupports = ['SUPPORTS person:mara-quist person:tomas-reyes'];

function peopleOf(...sentences: string[]): string[][] {
  return sentences.map((sentence) => stanceTriples(sentence, [mara, tomas]));
}

function withParty(...sentences: string[]): string[][] {
  return sentences.map((sentence) => stanceTriples(sentence, [mara, dorvan, chile, peru]));
}

describe('extractRelations: a modifier before the noun a refused or defended actor owns', () => {
  it('reads "refused Y\'s latest request" and "came to Y\'s spirited defence"', () => {
    expect(
      peopleOf(
        "Mara Quist refused Tomas Reyes's latest request.",
        "Quist turned down Tomas Reyes's formal request.",
        "Quist came to Tomas Reyes's spirited defence.",
        "In refusing Tomas Reyes's latest request, Quist said the file was closed.",
      ),
    ).toEqual([quistOpposes, quistOpposes, quistSupports, quistOpposes]);
  });

  it("gives nothing when the refusal is denied, hedged or asked, or the noun is another's", () => {
    expect(
      peopleOf(
        "Mara Quist did not refuse Tomas Reyes's latest request.",
        "Quist might refuse Tomas Reyes's latest request.",
        "Will Quist refuse Tomas Reyes's latest request?",
        "Mara Quist refused Tomas Reyes's son's request.",
      ),
    ).toEqual([[], [], [], []]);
  });
});

describe('extractRelations: a reported contribution, and a quote opening inside a cue', () => {
  it('reads "X said Y had made an invaluable contribution", quoted or not', () => {
    expect(
      peopleOf(
        'Mara Quist said Tomas Reyes had made an invaluable contribution.',
        'Quist said Tomas Reyes had made an "outstanding contribution" to the club.',
        'Quist said Tomas Reyes had done "a great job" this year.',
      ),
    ).toEqual([quistSupports, quistSupports, quistSupports]);
  });

  it('gives nothing when the praise is denied, asked, conditional or the contribution neutral', () => {
    expect(
      peopleOf(
        'Mara Quist did not say Tomas Reyes had made an invaluable contribution.',
        'Did Tomas Reyes make an invaluable contribution, Quist asked.',
        'If Tomas Reyes had made an invaluable contribution, Quist said, he would stay.',
        'Mara Quist said Tomas Reyes had made a contribution to the fund.',
      ),
    ).toEqual([[], [], [], []]);
  });
});

describe('extractRelations: "the ruling Y", "Z\'s ruling Y"', () => {
  const opposes = ['OPPOSES person:mara-quist org:dorvan-party'];
  it('reads an "-ing" word before the name as a modifier, and the possessor as describing it', () => {
    expect(
      withParty(
        'Mara Quist criticised the ruling Dorvan Party.',
        'Quist is an outspoken critic of the governing Dorvan National Congress.',
        "Quist is an outspoken critic of Peru's ruling Dorvan Party.",
      ),
    ).toEqual([opposes, opposes, opposes]);
  });

  it('still reads the possessor when the words after it own no name or the name is no head', () => {
    expect(withParty("Mara Quist criticised Peru's ruling on the border.")).toEqual([
      ['OPPOSES person:mara-quist state:PER'],
    ]);
    const people = [mara, tomas, dorvan];
    expect(
      stanceTriples("Quist mocked Tomas Reyes's failed Dorvan Party campaign.", people),
    ).toEqual(quistOpposes);
  });

  it('gives nothing when the criticism is denied, hedged, asked or conditional', () => {
    expect(
      withParty(
        'Mara Quist did not criticise the ruling Dorvan Party.',
        'Quist might criticise the ruling Dorvan Party.',
        'Did Quist criticise the ruling Dorvan Party?',
        'If Quist criticised the ruling Dorvan Party, she would lose.',
      ),
    ).toEqual([[], [], [], []]);
  });

  it('keeps the direction when the ruling party is the subject', () => {
    expect(withParty('The ruling Dorvan Party criticised Mara Quist.')).toEqual([
      ['OPPOSES org:dorvan-party person:mara-quist'],
    ]);
  });
});

describe('extractRelations: "the" and a role before the subject after a fronted phrase', () => {
  it('reads "In May, the lawyer X has been a critic of Y" as X opposing Y', () => {
    expect(
      peopleOf(
        'In recent weeks, the lawyer Mara Quist has emerged as a critic of Tomas Reyes.',
        'Since 2010, the veteran lawyer Mara Quist has been a fierce critic of Tomas Reyes.',
      ),
    ).toEqual([quistOpposes, quistOpposes]);
  });

  it('gives nothing when the copula is denied or hedged, and keeps an object an object', () => {
    expect(
      peopleOf(
        'Since 2010, the lawyer Mara Quist has not been a critic of Tomas Reyes.',
        'Since 2010, the lawyer Mara Quist may have been a critic of Tomas Reyes.',
        'Was the lawyer Mara Quist ever a critic of Tomas Reyes?',
      ),
    ).toEqual([[], [], []]);
    expect(peopleOf('Tomas Reyes praised the lawyer Mara Quist on Monday.')).toEqual([
      ['SUPPORTS person:tomas-reyes person:mara-quist'],
    ]);
  });
});

describe('extractRelations: an apposition between the subject and a copula', () => {
  it('reads "X, a lawyer, is a critic (supporter) of Y"', () => {
    expect(
      peopleOf(
        'Mara Quist, a lawyer, is a critic of Tomas Reyes.',
        'Mara Quist, a senator from Ohio, has been a fierce critic of Tomas Reyes.',
        'Mara Quist, a lawyer, is a supporter of Tomas Reyes.',
      ),
    ).toEqual([quistOpposes, quistOpposes, quistSupports]);
  });

  it('gives nothing when the copula is denied, hedged or asked, or is an auxiliary', () => {
    expect(
      peopleOf(
        'Mara Quist, a lawyer, is not a critic of Tomas Reyes.',
        'Mara Quist, a lawyer, may be a critic of Tomas Reyes.',
        'Is Mara Quist, a lawyer, a critic of Tomas Reyes?',
        'Mara Quist, a lawyer, is meeting a critic of Tomas Reyes.',
      ),
    ).toEqual([[], [], [], []]);
  });
});

describe('extractRelations: a premodifier cue after a copula that a clause goes on from', () => {
  const people = [mara, personSpec('tomas-reyes', 'Reyes')];
  const opposes = ['OPPOSES person:mara-quist person:tomas-reyes'];
  it('reads "X is a vocal Y critic who ...", "... sounding ..."', () => {
    expect(
      [
        'Mara Quist is a vocal Reyes critic who has sounded the alarm.',
        'Mara Quist is a vocal Reyes critic sounding the alarm.',
      ].map((sentence) => stanceTriples(sentence, people)),
    ).toEqual([opposes, opposes]);
  });

  it('gives nothing when denied or asked, or when the critic is another person', () => {
    expect(
      [
        'Mara Quist is not a vocal Reyes critic who has sounded the alarm.',
        'Is Mara Quist a vocal Reyes critic who has sounded the alarm?',
        'Mara Quist met a vocal Reyes critic who has sounded the alarm.',
      ].map((sentence) => stanceTriples(sentence, people)),
    ).toEqual([[], [], []]);
  });

  it('reads it when the whole pipeline finds the people (the gap opens inside the apposition)', () => {
    const read = (text: string): string[] =>
      extractRelations(analyze(text, { headline: false }), {})
        .filter((r) => r.type === 'OPPOSES')
        .map((r) => r.type);
    for (const text of [
      'Mara Quist, a lawyer, is a critic of Tomas Reyes.',
      'Mara Quist, a former senator, has long been a critic of Tomas Reyes.',
    ])
      expect(read(text)).toEqual(['OPPOSES']);
    expect(read('Mara Quist, a lawyer, is not a critic of Tomas Reyes.')).toEqual([]);
  });
});
