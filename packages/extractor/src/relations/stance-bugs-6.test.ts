import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance bugs found on the training split of the stance data (issue 10), each on sentences
// written for these tests, with a twin whose reading must not change.

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');

describe('extractRelations: "X and those who backed Y"', () => {
  it('gives the restrictive relative clause no subject from the conjunct before "those"', () => {
    expect(
      stanceTriples(
        'The rally drew those who praised Ines Vidal and those who backed Tomas Ruiz.',
        [ines, tomas],
      ),
    ).toEqual([]);
  });

  it('still reads a relative clause after a comma as said of every conjunct', () => {
    expect(
      stanceTriples('Peru and Chile, which both backed Brazil in the vote, met on Monday.', [
        peru,
        chile,
        brazil,
      ]),
    ).toEqual(['SUPPORTS state:CHL state:BRA', 'SUPPORTS state:PER state:BRA']);
  });
});

describe('extractRelations: a leader and the state they lead', () => {
  const types = ['LEADS', 'OPPOSES', 'SUPPORTS'];
  const led = (text: string): string[] =>
    extractRelations(
      analysisOf(text, [ines, peru, chile], [{ person: 'Ines Vidal', title: 'President' }]),
      {},
    )
      .filter((r) => types.includes(r.type))
      .map((r) => `${r.type} ${r.source} ${r.target}`)
      .sort();

  it('gives no stance from a leader to their own state', () => {
    expect(led('Peruvian President Ines Vidal warned that Peru would hit back.')).toEqual([
      'LEADS person:ines-vidal state:PER',
    ]);
  });

  it("keeps the leader's stance on another state", () => {
    expect(led('Peruvian President Ines Vidal warned that Chile would pay.')).toEqual([
      'LEADS person:ines-vidal state:PER',
      'OPPOSES person:ines-vidal state:CHL',
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: a clause of time after a stance noun', () => {
  it('reads no object in a clause that "before" or "until" opens past the object', () => {
    expect(
      stanceTriples("Peru's criticism of the tariff came before Chile cut it.", [peru, chile]),
    ).toEqual([]);
    expect(
      stanceTriples('Ines Vidal kept up her attacks on the budget until Tomas Ruiz resigned.', [
        ines,
        tomas,
      ]),
    ).toEqual([]);
  });

  it('still reads the object before the clause', () => {
    expect(stanceTriples("Peru's criticism of Chile came before the vote.", [peru, chile])).toEqual(
      ['OPPOSES state:PER state:CHL'],
    );
    expect(stanceTriples('Peru criticised Chile just before the vote.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: speech verbs in the present tense', () => {
  it('reads "say", "argue", "insists" as "said" before a reported clause', () => {
    expect(
      stanceTriples('Critics, including Ines Vidal, say Tomas Ruiz is wrong to cut the budget.', [
        ines,
        tomas,
      ]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
    expect(
      stanceTriples("Critics, including Ines Vidal, argue Chile's new law is a mistake.", [
        ines,
        chile,
      ]),
    ).toEqual(['OPPOSES person:ines-vidal state:CHL']);
  });

  it("still reads the subject of the reported clause as its own verb's", () => {
    expect(stanceTriples('Ines Vidal insists Chile backs Peru.', [ines, chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: "disappointed in"', () => {
  it('reads "disappointed in Y" as "disappointed with Y"', () => {
    expect(stanceTriples('Peru said it was deeply disappointed in Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing when a place, not an actor, follows', () => {
    expect(
      stanceTriples('Ines Vidal was disappointed in the turnout in Chile.', [ines, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: a bare form after the perfect "has/have/had"', () => {
  it('reads a participle that equals its base as the verb ("has come out against")', () => {
    expect(stanceTriples('Peru has come out against Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Ines Vidal had come out in favour of Tomas Ruiz.', [ines, tomas]),
    ).toEqual(['SUPPORTS person:ines-vidal person:tomas-ruiz']);
  });

  it('keeps a noun after "has" a noun: the support is from Peru', () => {
    expect(stanceTriples('Chile has backing from Peru.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: a hedge inside a fronted phrase', () => {
  it('reads "In perhaps the ... , X endorsed Y" as a fact: the hedge is the phrase\'s', () => {
    expect(
      stanceTriples('In perhaps the least surprising move of the week, Peru endorsed Chile.', [
        peru,
        chile,
      ]),
    ).toEqual(['SUPPORTS state:PER state:CHL']);
    expect(
      stanceTriples('For possibly the last time, Ines Vidal praised Tomas Ruiz.', [ines, tomas]),
    ).toEqual(['SUPPORTS person:ines-vidal person:tomas-ruiz']);
  });

  it('still reads a hedge on the clause, or "whether" after a preposition, as no fact', () => {
    expect(stanceTriples('Perhaps Peru endorsed Chile after all.', [peru, chile])).toEqual([]);
    expect(
      stanceTriples('Asked about whether the deal holds, Peru backed Chile.', [peru, chile]),
    ).toEqual([]);
  });
});
