import { describe, expect, it } from 'vitest';
import { ORGS, STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance constructions found missing on the training split of the stance data (issue 10), each
// on sentences written for these tests, with a twin that must give nothing.

const { brazil, chile, peru } = STATES;
const { un } = ORGS;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');

describe('extractRelations: a relative "that" on an apposition', () => {
  it('gives the actor the apposition renames the stance of its relative clause', () => {
    expect(
      stanceTriples('Tomas Ruiz, a lawyer that has long criticised Peru, spoke on Monday.', [
        tomas,
        peru,
      ]),
    ).toEqual(['OPPOSES person:tomas-ruiz state:PER']);
    expect(
      stanceTriples('Brazil is the first donor that backs Chile in the dispute.', [brazil, chile]),
    ).toEqual(['SUPPORTS state:BRA state:CHL']);
  });

  it('gives nothing when "that" follows a verb or an object', () => {
    expect(
      stanceTriples('Tomas Ruiz believes that voters criticised Peru.', [tomas, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Tomas Ruiz hired an adviser that criticised Peru.', [tomas, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Tomas Ruiz, the lawyer that Peru criticised, spoke on Monday.', [tomas, peru]),
    ).not.toContain('OPPOSES person:tomas-ruiz state:PER');
  });
});

describe('extractRelations: a perfect "become" before an agent noun', () => {
  it('reads "has become a critic of Y" as "has been"', () => {
    expect(stanceTriples('Ines Vidal has become a fierce critic of Peru.', [ines, peru])).toEqual([
      'OPPOSES person:ines-vidal state:PER',
    ]);
    expect(
      stanceTriples('Brazil had become a staunch supporter of the UN by then.', [brazil, un]),
    ).toEqual(['SUPPORTS state:BRA org:united-nations']);
  });

  it('gives nothing for "has become" before no agent phrase', () => {
    expect(
      stanceTriples('Ines Vidal has become worried about critics of Peru.', [ines, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: more stance nouns', () => {
  it('reads criticism against and support to an actor', () => {
    expect(stanceTriples("Peru's criticism against Chile grew louder.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Brazil provided support to Peru last year.', [brazil, peru])).toEqual([
      'SUPPORTS state:BRA state:PER',
    ]);
  });

  it('gives nothing when the support is denied', () => {
    expect(stanceTriples('Brazil gave no support to Peru.', [brazil, peru])).toEqual([]);
  });
});

describe('extractRelations: blame laid on an actor', () => {
  it('reads "blamed the attack on Y" as blaming Y, past the stance noun', () => {
    expect(stanceTriples('Peru blamed the attack on Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Ines Vidal blames the recent bombings on Brazil.', [ines, brazil]),
    ).toEqual(['OPPOSES person:ines-vidal state:BRA']);
  });

  it('gives nothing when the blame is denied or the noun is not in the object', () => {
    expect(stanceTriples('Peru did not blame the attack on Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Peru condemned the attack on Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: the doer of an act behind a longer descriptor', () => {
  const acme = { id: 'org:acme', type: 'Organization' as const, names: ['Acme'] };
  it('finds "by state-owned mining firm Z" as the act\'s doer', () => {
    expect(
      stanceTriples(
        'Tomas Ruiz defended the purchase of the mine by state-owned mining firm Acme.',
        [tomas, acme],
      ),
    ).toEqual(['SUPPORTS person:tomas-ruiz org:acme']);
  });

  it('gives nothing when the descriptor runs past four words', () => {
    expect(
      stanceTriples(
        'Tomas Ruiz defended the purchase of the mine by a large old state-owned mining firm Acme.',
        [tomas, acme],
      ),
    ).toEqual([]);
  });
});

describe('extractRelations: an inquiry backed', () => {
  it('backs no one the inquiry looks into', () => {
    expect(stanceTriples('Peru supported an investigation into Chile.', [peru, chile])).toEqual([]);
    expect(
      stanceTriples('Ines Vidal welcomed the inquiry into whether Brazil paid bribes.', [
        ines,
        brazil,
      ]),
    ).toEqual([]);
  });

  it('still backs the body that runs the inquiry', () => {
    expect(
      stanceTriples('Peru backed the investigation of Brazil by the UN.', [peru, brazil, un]),
    ).toEqual(['SUPPORTS state:PER org:united-nations']);
  });
});

describe('extractRelations: a relative clause on the object', () => {
  it('does not take an actor inside "polls that suggested ..." as the object', () => {
    expect(
      stanceTriples('Ines Vidal rejected polls that suggested Peru was winning.', [ines, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Brazil praised a group that had recently backed Chile.', [brazil, chile]),
    ).toEqual([]);
  });

  it('still reads the owner named inside an object relative clause', () => {
    expect(
      stanceTriples('Ines Vidal criticised the bill that Peru proposed.', [ines, peru]),
    ).toEqual(['OPPOSES person:ines-vidal state:PER']);
  });
});

describe('extractRelations: a named actor and its partners', () => {
  it('reads a bare verb after "X and its partners" or "X and some of its allies"', () => {
    expect(stanceTriples('Peru and its partners criticise Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Brazil and some of its allies accuse Chile of lying.', [brazil, chile]),
    ).toEqual(['OPPOSES state:BRA state:CHL']);
  });

  it('gives nothing when no actor stands before the conjunct', () => {
    expect(stanceTriples('Voters and their partners criticise Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: the people who govern in a place', () => {
  it('reads "officials in Y" as acting for Y', () => {
    expect(stanceTriples('Ines Vidal accused officials in Peru of lying.', [ines, peru])).toEqual([
      'OPPOSES person:ines-vidal state:PER',
    ]);
  });

  it('still steps over a place after other nouns', () => {
    expect(stanceTriples('Ines Vidal criticised the violence in Peru.', [ines, peru])).toEqual([]);
    expect(
      stanceTriples('Ines Vidal criticised the authorities in northern Peru.', [ines, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: turning on an actor', () => {
  it('reads "X turned on Y" as opposition', () => {
    expect(stanceTriples('Tomas Ruiz turned on Peru last week.', [tomas, peru])).toEqual([
      'OPPOSES person:tomas-ruiz state:PER',
    ]);
  });

  it('gives nothing for a thing switched on', () => {
    expect(
      stanceTriples('Tomas Ruiz turned on the radio to hear Peru play.', [tomas, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: a stance event only reported', () => {
  it('gives the subject no stance for an event it investigates or survives', () => {
    expect(
      stanceTriples('Brazil has been investigating the attack on Chile.', [brazil, chile]),
    ).toEqual([]);
    expect(stanceTriples('Peru survived the war on Chile.', [peru, chile])).toEqual([]);
  });

  it('still reads an agentive verb before the event', () => {
    expect(stanceTriples('Peru launched the attack on Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru stepped up the attacks on Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: a copula after a bracket', () => {
  it('reads "Senator X (R) is a critic of Y"', () => {
    expect(stanceTriples('Senator Ines Vidal (R) is a critic of Peru.', [ines, peru])).toEqual([
      'OPPOSES person:ines-vidal state:PER',
    ]);
  });

  it('gives nothing when the verb after the bracket is no copula', () => {
    expect(stanceTriples('Senator Ines Vidal (R) met a critic of Peru.', [ines, peru])).toEqual([]);
  });
});

describe('extractRelations: an apposition before a copula', () => {
  const gop = { id: 'org:gop', type: 'Organization' as const, names: ['Republican'] };
  it("does not give the apposition's name the stance the copula states of the subject", () => {
    expect(
      stanceTriples('Ines Vidal, a Republican, is a Peru critic.', [ines, gop, peru]),
    ).not.toContain('OPPOSES org:gop state:PER');
  });

  it('gives the stance to the actor before the apposition', () => {
    expect(stanceTriples('Ines Vidal, a Republican, is a Peru critic.', [ines, gop, peru])).toEqual(
      ['OPPOSES person:ines-vidal state:PER'],
    );
    expect(
      stanceTriples('Ines Vidal, a Republican, is not a Peru critic.', [ines, gop, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: a premodifier copula after a bracket', () => {
  it('reads "Senator X (R-Ohio) is a vocal Y critic"', () => {
    expect(
      stanceTriples('Senator Ines Vidal (R-Ohio) is a vocal Peru critic.', [ines, peru]),
    ).toEqual(['OPPOSES person:ines-vidal state:PER']);
  });

  it('gives nothing for a past copula after the bracket', () => {
    expect(stanceTriples('Senator Ines Vidal (R) was a Peru critic.', [ines, peru])).toEqual([]);
  });
});
