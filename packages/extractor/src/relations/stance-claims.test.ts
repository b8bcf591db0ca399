import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// The actor or the act belongs to another clause or to someone else's claim: an act a verb of
// claiming governs, an act a speaker says was done to them, an event the subject only mentions,
// a name that opens a content noun's clause. And "didn't just blame" is no negation.

const { chile, peru, brazil } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const party: EntitySpec = { id: 'org:green-party', type: 'Organization', names: ['Greens'] };
const CHL_PER = 'OPPOSES state:CHL state:PER';

describe('extractRelations: an additive adverb after a negation', () => {
  it('reads "didn\'t just blame Y" and "did not merely criticise Y" as stances', () => {
    expect(
      stanceTriples("Mara Quist didn't just blame Tomas Reyes, though.", [mara, tomas]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
    expect(stanceTriples('Chile did not merely criticise Peru.', [chile, peru])).toEqual([CHL_PER]);
  });

  it('still denies "didn\'t blame Y"', () => {
    expect(stanceTriples("Mara Quist didn't blame Tomas Reyes.", [mara, tomas])).toEqual([]);
  });
});

describe('extractRelations: an act reported as a claim', () => {
  it('gives nothing for an act a verb of claiming governs', () => {
    expect(
      stanceTriples('Brazil had claimed at first that Chilean boats had attacked Peru.', [
        brazil,
        chile,
        peru,
      ]),
    ).not.toContain(CHL_PER);
    expect(
      stanceTriples('Brazil alleged that the Chilean army attacked Peru.', [brazil, chile, peru]),
    ).not.toContain(CHL_PER);
  });

  it('gives nothing for an act a speaker says was done to them', () => {
    expect(
      stanceTriples('Mara Quist, who said Tomas Reyes attacked her in 1978, spoke on radio.', [
        mara,
        tomas,
      ]),
    ).toEqual([]);
  });

  it('keeps an act a plain speech verb reports of third parties, and the act of the claimer', () => {
    expect(stanceTriples('Brazil said that Chile attacked Peru.', [brazil, chile, peru])).toContain(
      CHL_PER,
    );
    expect(stanceTriples('Chile, which claimed victory, attacked Peru.', [chile, peru])).toEqual([
      CHL_PER,
    ]);
  });
});

describe('extractRelations: an event the subject only mentions', () => {
  it('gives no act of the subject for "referring to the September 11, 2001 attacks on Y"', () => {
    expect(
      stanceTriples('Mara Quist met Reyes, referring to the September 11, 2001 attacks on Peru.', [
        mara,
        tomas,
        peru,
      ]),
    ).toEqual([]);
    expect(stanceTriples('Chile referred to the attacks on Peru.', [chile, peru])).toEqual([]);
  });

  it('keeps an event the subject carries out ("launched", "joined in the attacks on Y")', () => {
    expect(stanceTriples('Chile launched attacks on Peru.', [chile, peru])).toEqual([CHL_PER]);
    expect(stanceTriples('Chile joined in the attacks on Peru.', [chile, peru])).toEqual([CHL_PER]);
  });
});

describe('extractRelations: a content noun whose clause leaves out "that"', () => {
  it('does not read the name after "evidence" as the agent of a passive', () => {
    expect(
      stanceTriples(
        "Quist's arguments are undermined by evidence Greens would rather run against her.",
        [mara, party],
      ),
    ).toEqual([]);
  });
});

describe('extractRelations: the object of a verb in an opening subordinate clause', () => {
  it('stops at the comma that closes "While X criticised Y," before the main clause', () => {
    expect(
      stanceTriples('While Chile criticised Peru, Brazil praised Mara Quist.', [
        chile,
        peru,
        brazil,
        mara,
      ]),
    ).toEqual([CHL_PER, 'SUPPORTS state:BRA person:mara-quist']);
  });

  it('keeps a listed object after a comma in a main clause', () => {
    expect(
      stanceTriples('Chile criticised Peru, Brazil and Quist.', [chile, peru, brazil, mara]),
    ).toEqual(['OPPOSES state:CHL person:mara-quist', 'OPPOSES state:CHL state:BRA', CHL_PER]);
  });

  it('does not let a comma after "claims" reach past an adjunct', () => {
    expect(
      stanceTriples(
        'Instead of showing the independence she claims, Mara Quist is still supporting Tomas Reyes.',
        [mara, tomas],
      ),
    ).toEqual(['SUPPORTS person:mara-quist person:tomas-reyes']);
  });
});
