import { describe, expect, it } from 'vitest';
import type { EntitySpec } from './test-analysis.js';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance whose actor is not a name in its clause (issue 10): a "he"/"she" whose person was named
// a few sentences before, and "the company" / "the agency" for an organization named before.

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');
const pablo = personSpec('pablo-mota', 'Pablo Mota', 'Mota');
const acme: EntitySpec = { id: 'org:acme', type: 'Organization', names: ['Acme Mining'] };
const agency: EntitySpec = {
  id: 'org:water-agency',
  type: 'Organization',
  names: ['National Water Agency'],
};
const bloc: EntitySpec = {
  id: 'org:andean-bloc',
  type: 'Organization',
  names: ['Andean Bloc'],
  attributes: { kind: 'igo' },
};

describe('extractRelations: "he"/"she" past sentences that name no person', () => {
  it('reads the person of the nearest sentence that names one', () => {
    expect(
      stanceTriples(
        'Tomas Ruiz landed in Lima on Monday. The talks began an hour later. He condemned Chile.',
        [tomas, chile],
      ),
    ).toEqual(['OPPOSES person:tomas-ruiz state:CHL']);
  });

  it('reads the one person whose given name fits the pronoun', () => {
    expect(
      stanceTriples('Ines Vidal met Tomas Ruiz in Lima. She praised Chile.', [ines, tomas, chile]),
    ).toEqual(['SUPPORTS person:ines-vidal state:CHL']);
    expect(
      stanceTriples('Ines Vidal met Tomas Ruiz in Lima. He praised Chile.', [ines, tomas, chile]),
    ).toEqual(['SUPPORTS person:tomas-ruiz state:CHL']);
  });

  it('gives nothing when two people fit, or the only person is of the other gender', () => {
    expect(
      stanceTriples('Tomas Ruiz met Pablo Mota in Lima. He praised Chile.', [tomas, pablo, chile]),
    ).toEqual([]);
    expect(stanceTriples('Tomas Ruiz spoke in Lima. She praised Chile.', [tomas, chile])).toEqual(
      [],
    );
    // The nearest sentence naming people decides: an earlier one is not searched past it.
    expect(
      stanceTriples(
        'Ines Vidal landed in Lima. Tomas Ruiz met Pablo Mota there. She praised Chile.',
        [ines, tomas, pablo, chile],
      ),
    ).toEqual([]);
  });

  it('does not look past a sentence that may bring in someone unnamed', () => {
    expect(
      stanceTriples(
        'Tomas Ruiz landed in Lima. A police officer was hurt in a march. He condemned Chile.',
        [tomas, chile],
      ),
    ).toEqual([]);
    expect(
      stanceTriples('Tomas Ruiz landed in Lima. An aide met the press. He condemned Chile.', [
        tomas,
        chile,
      ]),
    ).toEqual([]);
  });

  it('looks no further than three sentences back', () => {
    expect(
      stanceTriples(
        'Tomas Ruiz landed in Lima. The talks began. Rain fell. The hall was cold. He condemned Chile.',
        [tomas, chile],
      ),
    ).toEqual([]);
  });
});

describe('extractRelations: "the company", "the agency" opening a clause', () => {
  it('acts for the organization named last that opened a recent sentence', () => {
    expect(
      stanceTriples('Acme Mining cut 500 jobs on Monday. The company criticised Peru.', [
        acme,
        peru,
      ]),
    ).toEqual(['OPPOSES org:acme state:PER']);
    expect(
      stanceTriples('Acme Mining cut 500 jobs. The firm said it condemned Peru.', [acme, peru]),
    ).toEqual(['OPPOSES org:acme state:PER']);
  });

  it('acts for an organization whose name ends in the noun', () => {
    expect(
      stanceTriples('Peru asked the National Water Agency for data. The agency accused Chile.', [
        agency,
        peru,
        chile,
      ]),
    ).toEqual(['OPPOSES org:water-agency state:CHL']);
  });

  it('gives nothing when the organization named last does not fit the noun', () => {
    // An intergovernmental bloc is no company.
    expect(
      stanceTriples('Acme Mining cut jobs. The Andean Bloc met. The company criticised Peru.', [
        acme,
        bloc,
        peru,
      ]),
    ).toEqual([]);
    // Acme was only an object, and its name does not end in "agency".
    expect(
      stanceTriples('Peru met Acme Mining. The agency criticised Chile.', [acme, peru, chile]),
    ).toEqual([]);
    // "the group" of people, not an organization named before.
    expect(stanceTriples('The group criticised Peru.', [peru])).toEqual([]);
  });
});

describe('extractRelations: "you" in a quote told to someone', () => {
  const told = (text: string, entities: EntitySpec[] = [tomas, pablo]): string[] =>
    stanceTriples(text, entities, undefined, [
      { text: text.slice(text.indexOf('"') + 1, text.lastIndexOf('"')), speakerId: tomas.id },
    ]);

  it('judges the person the speaker told it to', () => {
    expect(told('Tomas Ruiz told Pablo Mota: "You are a liar."')).toEqual([
      'OPPOSES person:tomas-ruiz person:pablo-mota',
    ]);
    expect(told('Tomas Ruiz told Mr. Mota: "Your plan was a mistake."')).toEqual([
      'OPPOSES person:tomas-ruiz person:pablo-mota',
    ]);
  });

  it('gives nothing for a quote told to no one named, to a news outlet, or with no judgement', () => {
    expect(told('Tomas Ruiz said: "You are a liar."')).toEqual([]);
    const reuters: EntitySpec = { id: 'org:reuters', type: 'Organization', names: ['Reuters'] };
    expect(told('Tomas Ruiz told Reuters: "You are wrong to doubt it."', [tomas, reuters])).toEqual(
      [],
    );
    expect(told('Tomas Ruiz told Pablo Mota: "You are welcome in Lima."')).toEqual([]);
    expect(told('Tomas Ruiz told Pablo Mota: "Are you a liar?"')).toEqual([]);
  });
});

describe('extractRelations: "the company", "the ministry" after a stance verb', () => {
  const ministry: EntitySpec = {
    id: 'org:peru-foreign-ministry',
    type: 'Organization',
    names: ['Peruvian Foreign Ministry'],
    attributes: { state: 'state:PER' },
  };

  it('aims at the organization it refers back to, or its state for a government body', () => {
    expect(
      stanceTriples('Acme Mining cut 500 jobs. Tomas Ruiz criticised the company.', [acme, tomas]),
    ).toEqual(['OPPOSES person:tomas-ruiz org:acme']);
    expect(
      stanceTriples(
        'The Peruvian Foreign Ministry expelled two envoys. Tomas Ruiz condemned the ministry.',
        [ministry, peru, tomas],
      ),
    ).toEqual(['OPPOSES person:tomas-ruiz state:PER']);
  });

  it('gives nothing for a noun the organization named last does not fit, or "of" after it', () => {
    expect(
      stanceTriples('Tomas Ruiz met Acme Mining. He condemned the ministry.', [acme, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples(
        'The Peruvian Foreign Ministry expelled two envoys. Tomas Ruiz condemned the ministry of defence.',
        [ministry, peru, tomas],
      ),
    ).toEqual([]);
  });
});

describe('extractRelations: "the billionaire" opening a clause', () => {
  it('acts for the one person of the nearest sentence that names people', () => {
    expect(
      stanceTriples('Tomas Ruiz held a rally in Lima. The billionaire criticised Chile.', [
        tomas,
        chile,
      ]),
    ).toEqual(['OPPOSES person:tomas-ruiz state:CHL']);
    expect(
      stanceTriples('Tomas Ruiz held a rally. The outspoken mining magnate has praised Chile.', [
        tomas,
        chile,
      ]),
    ).toEqual(['SUPPORTS person:tomas-ruiz state:CHL']);
  });

  it('gives nothing for another holder, an office the person is not given, or two people', () => {
    expect(
      stanceTriples('Tomas Ruiz held a rally. The former president criticised Chile.', [
        tomas,
        chile,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Tomas Ruiz held a rally. The senator criticised Chile.', [tomas, chile]),
    ).toEqual([]);
    expect(
      stanceTriples('Tomas Ruiz met Pablo Mota. The billionaire criticised Chile.', [
        tomas,
        pablo,
        chile,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Tomas Ruiz held a rally. The Peruvian billionaire criticised Chile.', [
        tomas,
        chile,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: a group "among them X and Y" acting', () => {
  it('makes each listed member act, as after "including"', () => {
    expect(
      stanceTriples('Several countries, among them Brazil and Chile, have criticised Peru.', [
        brazil,
        chile,
        peru,
      ]),
    ).toEqual(['OPPOSES state:BRA state:PER', 'OPPOSES state:CHL state:PER']);
  });

  it('gives nothing when the list ends the clause as an object', () => {
    expect(
      stanceTriples('Peru met several countries, among them Brazil and Chile.', [
        brazil,
        chile,
        peru,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: a deed reported inside a quote', () => {
  const quoted = (text: string): string[] =>
    stanceTriples(text, [tomas, pablo], undefined, [
      { text: text.slice(text.indexOf('"') + 1, text.lastIndexOf('"')), speakerId: tomas.id },
    ]);

  it('is the speaker\'s judgement of the doer, named or the "you" told', () => {
    expect(quoted('"Pablo Mota lied to the voters," Tomas Ruiz said.')).toEqual([
      'OPPOSES person:tomas-ruiz person:pablo-mota',
    ]);
    expect(quoted('Tomas Ruiz told Pablo Mota: "You have betrayed the party."')).toEqual([
      'OPPOSES person:tomas-ruiz person:pablo-mota',
    ]);
  });

  it('gives nothing when denied, asked, or reported from others', () => {
    expect(quoted('"Pablo Mota never lied to the voters," Tomas Ruiz said.')).toEqual([]);
    expect(quoted('"Did Pablo Mota lie to the voters?" Tomas Ruiz asked.')).toEqual([]);
    expect(quoted('"Critics say Pablo Mota lied to the voters," Tomas Ruiz said.')).toEqual([]);
  });
});
