import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Reciprocal quarrels with a coordinated subject, and breaking ties or lodging a protest with an
// adjective or article inside the phrase (issue 10), on sentences written for these tests.

const { brazil, chile, peru, china, japan } = STATES;

describe('extractRelations: "X and Y clashed", "X cut diplomatic ties with Y"', () => {
  it('reads a quarrel of a coordinated subject as each opposing the other', () => {
    const both = ['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL'];
    for (const text of [
      'Chile and Peru clashed over fishing rights.',
      'Chile and Peru have quarrelled over the border for years.',
      'Chile and Peru severed diplomatic ties in 1979.',
    ])
      expect(stanceTriples(text, [chile, peru]).sort()).toEqual(both);
  });

  it('reads no quarrel in a match, a denial or a possibility', () => {
    for (const text of [
      'Brazil and Chile clashed in a qualifier on Sunday.',
      'Brazil and Chile clashed again, and the match ended in a draw.',
      'Brazil and Chile have never clashed.',
      'Brazil and Chile may have quarrelled over the border.',
    ])
      expect(stanceTriples(text, [brazil, chile])).toEqual([]);
  });

  it('reads breaking ties with an adjective inside, and a protest lodged with a capital', () => {
    expect(stanceTriples('Peru cut diplomatic ties with Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Japan lodged a protest with China over the islands.', [japan, china]),
    ).toEqual(['OPPOSES state:JPN state:CHN']);
  });

  it('reads recalling or withdrawing an ambassador as opposing the host, unless denied', () => {
    for (const text of [
      'Peru recalled its ambassador to Chile in protest.',
      'Peru withdrew its ambassador from Chile.',
      'Peru has recalled its envoy from Chile for consultations.',
    ])
      expect(stanceTriples(text, [peru, chile])).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stanceTriples('Peru will not recall its ambassador to Chile.', [peru, chile])).toEqual(
      [],
    );
  });
});

describe('extractRelations: relations between two parties that went bad', () => {
  const both = ['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL'];

  it('reads soured, deteriorated or strained relations as each opposing the other', () => {
    for (const text of [
      'Relations between Chile and Peru soured after the vote.',
      'Ties between Chile and Peru have since deteriorated sharply.',
      "Chile's relations with Peru have worsened.",
      'Chile-Peru relations have soured.',
      'There are strained relations between Chile and Peru.',
    ])
      expect(stanceTriples(text, [chile, peru]).sort()).toEqual(both);
  });

  it('reads nothing from relations that improved, did not worsen or only might', () => {
    for (const text of [
      'Relations between Chile and Peru have improved.',
      'Relations between Chile and Peru have not soured.',
      'Relations between Chile and Peru could sour.',
      "Chile's relations with Peru are good.",
    ])
      expect(stanceTriples(text, [chile, peru])).toEqual([]);
  });
});

describe('extractRelations: "X and Y reaffirmed their alliance"', () => {
  const allied = (text: string): string[] => stanceTriples(text, [chile, peru], ['ALLIED_WITH']);

  it('reads an alliance the pair renews as allied, not one they end or only might renew', () => {
    for (const text of [
      'Chile and Peru reaffirmed their alliance on Monday.',
      'Chile and Peru agreed to deepen their alliance.',
    ])
      expect(allied(text)).toHaveLength(1);
    expect(allied('Chile and Peru ended their alliance.')).toEqual([]);
    expect(allied('Chile and Peru will not renew their alliance.')).toEqual([]);
  });
});

describe('extractRelations: a person called an ally', () => {
  const marta = personSpec('marta-gil', 'Marta Gil', 'Gil');
  const luis = personSpec('luis-mena', 'Luis Mena', 'Mena');

  it("reads a person's alliance as the person's support, which ALLIED_WITH cannot hold", () => {
    for (const text of [
      'Marta Gil, a close ally of Luis Mena, won the vote.',
      'Luis Mena ally Marta Gil spoke on Monday.',
    ])
      expect(stanceTriples(text, [marta, luis], ['SUPPORTS', 'ALLIED_WITH'])).toEqual([
        'SUPPORTS person:marta-gil person:luis-mena',
      ]);
    expect(
      stanceTriples('Marta Gil, a former ally of Luis Mena, won.', [marta, luis], ['SUPPORTS']),
    ).toEqual([]);
    // States and organizations stay allied.
    expect(stanceTriples('Chile is an ally of Peru.', [chile, peru], ['ALLIED_WITH'])).toHaveLength(
      1,
    );
  });
});
