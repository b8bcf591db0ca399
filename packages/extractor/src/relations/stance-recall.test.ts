import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance constructions added for recall, each on sentences written for these tests, with a twin
// that must give nothing (or the other reading).

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');
const clara = personSpec('clara-mota', 'Clara Mota', 'Mota');

describe('extractRelations: an infinitive after a causative verb', () => {
  it('reads "prompted/forced X to <stance verb> Y" as a stance of X', () => {
    expect(
      stanceTriples('The vote prompted Peru to accuse Chile of bad faith.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(
      stanceTriples('The leak forced Brazil to condemn Peru in public.', [brazil, peru]),
    ).toEqual(['OPPOSES state:BRA state:PER']);
  });

  it('gives nothing when the causative is denied or only hoped for', () => {
    expect(
      stanceTriples('The vote did not prompt Peru to accuse Chile of bad faith.', [peru, chile]),
    ).toEqual([]);
    expect(
      stanceTriples('Officials hope the vote will prompt Peru to accuse Chile.', [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: "his"/"her" before a stance noun', () => {
  it('points at the nearest person of that gender before it', () => {
    expect(
      stanceTriples('Tomas Ruiz said Clara Mota had renewed his attacks on Ines Vidal.', [
        tomas,
        clara,
        ines,
      ]),
    ).toEqual(['OPPOSES person:tomas-ruiz person:ines-vidal']);
    expect(
      stanceTriples('Clara Mota has been criticised for her support for Tomas Ruiz.', [
        clara,
        tomas,
      ]),
    ).toEqual(['SUPPORTS person:clara-mota person:tomas-ruiz']);
  });

  it('gives nothing when no person of that gender stands before it', () => {
    expect(
      stanceTriples('Peru said Clara Mota had renewed his attacks on Ines Vidal.', [
        peru,
        clara,
        ines,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: a refusal of support', () => {
  it('reads "will not / would not / cannot support" Y as opposing Y', () => {
    expect(stanceTriples('Peru will not support Chile at the summit.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples("Clara Mota said she wouldn't endorse Tomas Ruiz.", [clara, tomas]),
    ).toEqual(['OPPOSES person:clara-mota person:tomas-ruiz']);
    expect(stanceTriples("Brazil cannot back Peru's bid.", [brazil, peru])).toEqual([
      'OPPOSES state:BRA state:PER',
    ]);
  });

  it('gives nothing for a conditional, a question or a longer object', () => {
    expect(stanceTriples('If asked, Peru would not support Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Would Peru not support Chile?', [peru, chile])).toEqual([]);
    expect(stanceTriples('Peru will not support any deal with Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: a verb coordinated after an object', () => {
  it('is not denied by a modal or plan inside the first predicate', () => {
    expect(
      stanceTriples(
        'Vidal accused the board of planning to sell the port, and also accused Peru of lying.',
        [ines, peru],
      ),
    ).toEqual(['OPPOSES person:ines-vidal state:PER']);
    expect(
      stanceTriples('Peru would not back Chile and criticised Brazil.', [peru, chile, brazil]),
    ).toEqual(['OPPOSES state:PER state:BRA', 'OPPOSES state:PER state:CHL']);
  });

  it('keeps the modal over two verbs sharing one object', () => {
    expect(stanceTriples('Peru may have accused and criticised Brazil.', [peru, brazil])).toEqual(
      [],
    );
  });
});

describe('extractRelations: a stance urged on others', () => {
  it('gives the one urging the stance it urges: "urged Z to back Y", "called on Z to condemn Y"', () => {
    expect(
      stanceTriples('Clara Mota toured the towns, urging voters to back Tomas Ruiz.', [
        clara,
        tomas,
      ]),
    ).toEqual(['SUPPORTS person:clara-mota person:tomas-ruiz']);
    expect(stanceTriples('Peru called on Brazil to condemn Chile.', [peru, brazil, chile])).toEqual(
      ['OPPOSES state:PER state:CHL'],
    );
  });

  it('gives nothing when the urging is denied or modal, or the infinitive is not the stance verb', () => {
    expect(
      stanceTriples('Peru did not urge Brazil to condemn Chile.', [peru, brazil, chile]),
    ).toEqual([]);
    expect(stanceTriples('Peru may urge Brazil to condemn Chile.', [peru, brazil, chile])).toEqual(
      [],
    );
    expect(stanceTriples('Peru expected Brazil to condemn Chile.', [peru, brazil, chile])).toEqual(
      [],
    );
    expect(
      stanceTriples('Peru urged Brazil to stop attacking Chile.', [peru, brazil, chile]),
    ).not.toContain('OPPOSES state:PER state:CHL');
  });
});

describe('extractRelations: "emerged as" like a copula', () => {
  it('reads "X has emerged as a critic of Y"', () => {
    expect(
      stanceTriples('Ines Vidal has emerged as an outspoken critic of Peru.', [ines, peru]),
    ).toEqual(['OPPOSES person:ines-vidal state:PER']);
  });

  it('gives nothing for "emerged from" or a former role', () => {
    expect(
      stanceTriples('Ines Vidal emerged from the talks as a critic of Peru.', [ines, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Ines Vidal has emerged as a former critic of Peru.', [ines, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: a copula before "one of Y\'s supporters"', () => {
  it('reaches back over "has emerged as one of"', () => {
    expect(
      stanceTriples("Peru has emerged as one of Chile's strongest supporters.", [peru, chile]),
    ).toEqual(['SUPPORTS state:PER state:CHL']);
  });

  it('reads no stance of the subject through "a target of Y critics"', () => {
    expect(
      stanceTriples('Ines Vidal has been a target of Peruvian critics for months.', [ines, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: an infinitive of purpose after a thing issued', () => {
  it('gives the issuer the stance: "launched a website to attack Y", "held a rally to support Y"', () => {
    expect(stanceTriples('Peru launched a website to attack Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru held a rally to support Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing after a denied verb or an object that is no such thing', () => {
    expect(stanceTriples('Peru did not launch a website to attack Chile.', [peru, chile])).toEqual(
      [],
    );
    expect(stanceTriples('Peru hired a lawyer to attack Chile.', [peru, chile])).toEqual([]);
  });
});
