import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance recall on constructions counted in the stance training split (issue 10, stop 30), on
// sentences written for these tests: each with a negated, modal, question or conditional form and
// a neutral use of the same words that give none.

const { chile, peru } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const people = [mara, tomas];
const states = [peru, chile];
const quistOpposes = ['OPPOSES person:mara-quist person:tomas-reyes'];
const quistSupports = ['SUPPORTS person:mara-quist person:tomas-reyes'];
const peruOpposes = ['OPPOSES state:PER state:CHL'];

function peopleOf(...sentences: string[]): string[][] {
  return sentences.map((sentence) => stanceTriples(sentence, people));
}

function statesOf(...sentences: string[]): string[][] {
  return sentences.map((sentence) => stanceTriples(sentence, states));
}

describe('extractRelations: an object relative clause opened by "that"', () => {
  it('reads "the bombing that X blamed on Y" and "the sanctions that X imposed on Y"', () => {
    expect(
      statesOf(
        'The bombing that Peru blamed on Chile killed ten people.',
        'It was an attack that Peru blamed on Chile.',
        'The sanctions that Peru imposed on Chile hurt its economy.',
      ),
    ).toEqual([peruOpposes, peruOpposes, peruOpposes]);
  });

  it('still reads "said that X blamed Y" as before', () => {
    expect(statesOf('Officials said that Peru blamed Chile for the attack.')).toEqual([
      peruOpposes,
    ]);
  });

  it('gives nothing when the relative verb is denied, hedged, asked about or conditional', () => {
    expect(
      statesOf(
        'The bombing that Peru did not blame on Chile killed ten people.',
        'The bombing that Peru might blame on Chile killed ten people.',
        'Was it the bombing that Peru blamed on Chile?',
        'If the bombing that Peru blamed on Chile was staged, the talks will fail.',
      ),
    ).toEqual([[], [], [], []]);
  });

  it('gives the relative verb no target in the main clause that resumes after it', () => {
    expect(
      statesOf(
        'The plan that Peru criticized has angered Chile.',
        'The deal that Peru backed will hurt Chile.',
        'The pact that Peru praised was signed in Chile.',
      ),
    ).toEqual([[], [], []]);
    expect(statesOf('Officials said that Peru had criticized Chile.')).toEqual([peruOpposes]);
  });

  it('gives nothing for a relative verb of no stance', () => {
    expect(
      statesOf(
        'The plan that Peru drafted with Chile was signed.',
        'The goods that Peru sold to Chile were cheap.',
      ),
    ).toEqual([[], []]);
  });
});

describe('extractRelations: stance nouns after a light verb', () => {
  it('reads "gave her endorsement to Y" as support and "directed her criticism at Y" as opposition', () => {
    expect(
      peopleOf(
        'Mara Quist gave her endorsement to Tomas Reyes.',
        'Quist directed her criticism at Tomas Reyes.',
      ),
    ).toEqual([quistSupports, quistOpposes]);
  });

  it('reads threats, charges and action against Y as opposing Y', () => {
    expect(
      statesOf(
        'Peru made threats against Chile.',
        "Peru's threats against Chile alarmed the region.",
        'Peru took action against Chile on Monday.',
      ),
    ).toEqual([peruOpposes, peruOpposes, peruOpposes]);
    expect(peopleOf('Mara Quist brought charges against Tomas Reyes.')).toEqual([quistOpposes]);
  });

  it('gives nothing when the act is denied, hedged, asked about or conditional', () => {
    expect(
      statesOf(
        'Peru did not take action against Chile.',
        'Peru may take action against Chile.',
        'Will Peru take action against Chile?',
        'If Peru takes action against Chile, the talks will fail.',
      ),
    ).toEqual([[], [], [], []]);
    expect(peopleOf('Mara Quist never gave her endorsement to Tomas Reyes.')).toEqual([[]]);
  });

  it('gives nothing when the subject only handles what others aimed at Y', () => {
    // "called for action against Chile" is Peru's own demand (demanded-measure.test.ts).
    expect(statesOf('Peru condemned the threats against Chile.')).toEqual([[]]);
    expect(peopleOf('Mara Quist dropped the charges against Tomas Reyes.')).toEqual([[]]);
  });
});
