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
  it('reads "will not / would not / cannot support" and "refused to back" Y as opposing Y', () => {
    expect(stanceTriples('Peru will not support Chile at the summit.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples("Clara Mota said she wouldn't endorse Tomas Ruiz.", [clara, tomas]),
    ).toEqual(['OPPOSES person:clara-mota person:tomas-ruiz']);
    expect(stanceTriples("Brazil refused to back Peru's bid.", [brazil, peru])).toEqual([
      'OPPOSES state:BRA state:PER',
    ]);
  });

  it('gives nothing for a conditional, a question, a denied refusal or a longer object', () => {
    expect(stanceTriples('If asked, Peru would not support Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Would Peru not support Chile?', [peru, chile])).toEqual([]);
    expect(stanceTriples('Brazil did not refuse to back Peru.', [brazil, peru])).toEqual([]);
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
