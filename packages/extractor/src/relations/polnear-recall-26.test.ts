import { describe, expect, it } from 'vitest';
import type { EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance constructions of US political news that the rules missed (issue 10, PolNeAR recall
// sample), each on sentences written for these tests, with twins that must give nothing.

const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const lena = personSpec('lena-ortiz', 'Lena Ortiz', 'Ortiz');
const ohio: EntitySpec = { id: 'loc:ohio', type: 'Location', names: ['Ohio'] };
const party: EntitySpec = { id: 'org:unity-party', type: 'Organization', names: ['Unity'] };
const chapel: EntitySpec = {
  id: 'org:grace-chapel',
  type: 'Organization',
  names: ['Grace Chapel'],
};
const fund: EntitySpec = { id: 'org:civic-fund', type: 'Organization', names: ['Civic Fund'] };

describe('extractRelations: "help" before a bare or to-infinitive', () => {
  it('gives the helper the stance of the verb it helped ("helped fight Y")', () => {
    expect(stanceTriples('Mara Quist helped fight Tomas Reyes.', [mara, tomas])).toEqual([
      'OPPOSES person:mara-quist person:tomas-reyes',
    ]);
    expect(
      stanceTriples('Mara Quist previously helped to block Tomas Reyes.', [mara, tomas]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });

  it('gives nothing when the help is negated, modal, asked or hypothetical', () => {
    for (const text of [
      'Mara Quist never helped fight Tomas Reyes.',
      'Mara Quist could help fight Tomas Reyes.',
      'Did Mara Quist help fight Tomas Reyes?',
      'If Mara Quist helped fight Tomas Reyes, she would say so.',
    ])
      expect(stanceTriples(text, [mara, tomas])).toEqual([]);
  });
});

describe('extractRelations: an apposition after a person placed by "of"', () => {
  it('steps over "Senator X of Ohio, a veteran lawmaker," to the verb', () => {
    expect(
      stanceTriples('Senator Mara Quist of Ohio, a veteran lawmaker, criticized Tomas Reyes.', [
        mara,
        tomas,
        ohio,
      ]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });

  it('gives nothing when the verb is negated or the placed noun is no person', () => {
    expect(
      stanceTriples(
        'Senator Mara Quist of Ohio, a veteran lawmaker, did not criticize Tomas Reyes.',
        [mara, tomas, ohio],
      ),
    ).toEqual([]);
    expect(
      stanceTriples('Voters in Ohio, a swing state, criticized Tomas Reyes.', [tomas, ohio]),
    ).toEqual([]);
  });
});

describe('extractRelations: a participle phrase renamed by an apposition', () => {
  it('gives the one named the participle\'s stance ("a donor backing Y, X, said")', () => {
    expect(
      stanceTriples('One pastor supporting Mr. Reyes, Mara Quist of Grace Chapel, spoke first.', [
        mara,
        tomas,
        chapel,
      ]),
    ).toContain('SUPPORTS person:mara-quist person:tomas-reyes');
    expect(
      stanceTriples("The super PAC opposing Reyes's candidacy, Civic Fund, ran ads.", [
        tomas,
        fund,
      ]),
    ).toEqual(['OPPOSES org:civic-fund person:tomas-reyes']);
  });

  it('gives nothing for a list, a speaker, a denied phrase or a hypothetical', () => {
    for (const text of [
      'A statement criticizing Reyes, Mara Quist, and Lena Ortiz was read aloud.',
      'No activist opposing Reyes, Mara Quist said, would win.',
      'If a donor backing Reyes, Mara Quist, spoke, we would know.',
    ])
      expect(stanceTriples(text, [mara, tomas, lena])).toEqual([]);
  });
});

describe('extractRelations: a person subject with a role before the name', () => {
  it('reads "Unity incumbent X attacked Y" after a fronted clause with a pronoun', () => {
    expect(
      stanceTriples(
        'Tomas Reyes ran. When he ran for the seat, Unity incumbent Mara Quist attacked Reyes.',
        [mara, tomas, party],
      ),
    ).toContain('OPPOSES person:mara-quist person:tomas-reyes');
  });

  it('does not take a verb for a role ("Unity condemned rival X and praised Y")', () => {
    expect(
      stanceTriples('Unity condemned rival Mara Quist and praised Tomas Reyes.', [
        mara,
        tomas,
        party,
      ]),
    ).not.toContain('SUPPORTS person:mara-quist person:tomas-reyes');
    expect(
      stanceTriples('When he ran, Unity incumbent Mara Quist did not attack Tomas Reyes.', [
        mara,
        tomas,
        party,
      ]),
    ).not.toContain('OPPOSES person:mara-quist person:tomas-reyes');
  });
});

describe('extractRelations: an agent-noun apposition after a bracket or as a second conjunct', () => {
  it('reads "X (R-Ohio), a staunch Y ally," and "X, pastor of Z and a Y supporter,"', () => {
    expect(
      stanceTriples('Mara Quist (R-Ohio), a staunch Tomas Reyes ally, spoke.', [mara, tomas, ohio]),
    ).toEqual(['SUPPORTS person:mara-quist person:tomas-reyes']);
    expect(
      stanceTriples('Mara Quist, pastor of Grace Chapel and a Reyes supporter, spoke.', [
        mara,
        tomas,
        chapel,
      ]),
    ).toContain('SUPPORTS person:mara-quist person:tomas-reyes');
  });

  it('gives nothing for a former supporter or a list of names', () => {
    expect(
      stanceTriples('Mara Quist, a pastor and a former Reyes supporter, spoke.', [mara, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist, Lena Ortiz and a Reyes ally spoke.', [mara, tomas, lena]),
    ).toEqual([]);
  });
});

describe('extractRelations: a "pro-Y" or "anti-Y" phrase that describes an actor', () => {
  it('gives the described actor the stance (apposition, copula, "called", head name)', () => {
    expect(stanceTriples('Civic Fund, a pro-Reyes super PAC, ran ads.', [fund, tomas])).toEqual([
      'SUPPORTS org:civic-fund person:tomas-reyes',
    ]);
    expect(
      stanceTriples('Mara Quist, founder of Civic Fund — an anti-Reyes group — spoke.', [
        mara,
        fund,
        tomas,
      ]),
    ).toContain('OPPOSES org:civic-fund person:tomas-reyes');
    expect(stanceTriples('Civic Fund is an anti-Reyes group.', [fund, tomas])).toEqual([
      'OPPOSES org:civic-fund person:tomas-reyes',
    ]);
    expect(stanceTriples('An anti-Reyes group called Civic Fund ran ads.', [fund, tomas])).toEqual([
      'OPPOSES org:civic-fund person:tomas-reyes',
    ]);
    expect(stanceTriples('The anti-Reyes Civic Fund ran ads.', [fund, tomas])).toEqual([
      'OPPOSES org:civic-fund person:tomas-reyes',
    ]);
  });

  it('gives nothing when negated, modal, former, or for a common noun', () => {
    for (const text of [
      'Civic Fund is not an anti-Reyes group.',
      'Civic Fund could be an anti-Reyes group.',
      'Civic Fund, a former anti-Reyes group, ran ads.',
      'Mara Quist joined anti-Reyes protesters outside.',
      'Is Civic Fund an anti-Reyes group?',
    ])
      expect(stanceTriples(text, [mara, fund, tomas])).toEqual([]);
  });
});

describe('extractRelations: a bare verb after an aside between dashes', () => {
  it('reads "X did - indirectly - contradict Y" as the verb of X', () => {
    expect(
      stanceTriples('Mara Quist did - indirectly and deftly - contradict Tomas Reyes.', [
        mara,
        tomas,
      ]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });

  it('gives nothing when the verb before the aside is negated or modal', () => {
    for (const text of [
      'Mara Quist did not - despite the rumors - contradict Tomas Reyes.',
      'Mara Quist will - for now - back Tomas Reyes.',
    ])
      expect(stanceTriples(text, [mara, tomas])).toEqual([]);
  });
});
