import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance precision on unseen news (fix26), on sentences written for these tests: a demand as a
// verb's object, a state owning a group that is not its government.

const { chile, peru, germany, france } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');

describe('extractRelations: a demand noun as a verb object', () => {
  it('takes no stance on the one a rejected demand is aimed at', () => {
    const people = [mara, tomas];
    expect(
      stanceTriples("Mara Quist rejected calls for Tomas Reyes's resignation.", people),
    ).toEqual([]);
    expect(
      stanceTriples('Chile dismissed demands that Peru withdraw its troops.', [chile, peru]),
    ).toEqual([]);
  });

  it('reads a backed demand as the demand, not as support for its target', () => {
    expect(
      stanceTriples("Mara Quist backed calls for Tomas Reyes's resignation.", [mara, tomas]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });

  it("keeps a rejection of the demander's own call", () => {
    expect(
      stanceTriples("Mara Quist rejected Tomas Reyes's calls for a new vote.", [mara, tomas]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });
});

describe("extractRelations: a state's group that is not its government", () => {
  it('does not make the state the actor past an adjective or participle', () => {
    expect(
      stanceTriples("Germany's jailed dissidents criticised France.", [germany, france]),
    ).toEqual([]);
    expect(
      stanceTriples("Germany's exiled opposition attacked France.", [germany, france]),
    ).toEqual([]);
  });

  it("keeps the state's own bodies", () => {
    expect(
      stanceTriples("Germany's foreign ministry criticised France.", [germany, france]),
    ).toEqual(['OPPOSES state:DEU state:FRA']);
    expect(
      stanceTriples('Germany jailed two spies and criticised France.', [germany, france]),
    ).toEqual(['OPPOSES state:DEU state:FRA']);
  });

  it("keeps the subject before an aside naming the state's ally", () => {
    expect(
      stanceTriples("Germany, France's closest ally in Europe, backed Chile.", [
        germany,
        france,
        chile,
      ]),
    ).toEqual(['SUPPORTS state:DEU state:CHL']);
  });
});

describe('extractRelations: a warning that an actor runs a risk', () => {
  it('takes no stance on the actor at risk', () => {
    expect(
      stanceTriples('Chile warned that Peru risked further isolation.', [chile, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist warned Tomas Reyes could risk his seat.', [mara, tomas]),
    ).toEqual([]);
  });

  it('keeps a warning aimed at the actor', () => {
    expect(stanceTriples('Chile warned Peru against moving troops.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: a bare verb form between a determined name and "of"', () => {
  it('reads it as a noun with no subject', () => {
    expect(
      stanceTriples('Tomas Reyes recalled the Chilean slaughter of Peru.', [tomas, chile, peru]),
    ).toEqual([]);
  });

  it('keeps the verb when no "of" follows', () => {
    expect(stanceTriples('The Quist government condemns Peru.', [mara, peru])).toEqual([
      'OPPOSES person:mara-quist state:PER',
    ]);
  });
});

describe('extractRelations: an aside naming a stance toward another person', () => {
  const vera = personSpec('vera-lind', 'Vera Lind', 'Lind');
  const otto = personSpec('otto-brand', 'Otto Brand', 'Brand');

  it('does not make that person a subject too ("X, Y\'s fiercest critic, attacked Z")', () => {
    expect(
      stanceTriples("Vera Lind, Otto Brand's fiercest critic, attacked Chile.", [
        vera,
        otto,
        chile,
      ]),
    ).toEqual(['OPPOSES person:vera-lind person:otto-brand', 'OPPOSES person:vera-lind state:CHL']);
  });
});
