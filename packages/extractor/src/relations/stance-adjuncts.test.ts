import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Gerunds of manner and time, infinitives of purpose and gerunds after "against" (issue 10),
// on sentences written for these tests, each with a twin that must give nothing.

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');

describe('extractRelations: a gerund after "by", "before", "after", "while"', () => {
  it('gives the gerund the subject of the clause it hangs on', () => {
    expect(stanceTriples('Peru opened the summit by praising Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Peru closed the meeting after criticising Chile.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('reads through a speech verb: the one who replies acts', () => {
    expect(stanceTriples('Tomas Ruiz responded by attacking Ines Vidal.', [tomas, ines])).toEqual([
      'OPPOSES person:tomas-ruiz person:ines-vidal',
    ]);
    expect(stanceTriples('Peru replied by accusing Chile of lying.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('keeps a clause object out of it', () => {
    expect(
      stanceTriples('Peru criticised Brazil before attacking Chile.', [peru, brazil, chile]),
    ).toEqual(['OPPOSES state:PER state:BRA', 'OPPOSES state:PER state:CHL']);
  });

  it('leaves a gerund before an infinitive to the infinitive', () => {
    expect(
      stanceTriples('Peru broke with custom by failing to mention Chile.', [peru, chile]),
    ).toEqual([]);
  });

  it('gives nothing when the clause is negated, modal or hypothetical', () => {
    expect(stanceTriples('Peru did not respond by attacking Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Peru may respond by attacking Chile.', [peru, chile])).toEqual([]);
    expect(
      stanceTriples('If Peru responds by attacking Chile, the talks will fail.', [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: an infinitive of purpose after "used"', () => {
  it('gives the user the stance the thing used serves', () => {
    expect(stanceTriples('Peru used the summit to attack Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru has used the occasion to back Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing when the use is denied or only possible', () => {
    expect(stanceTriples('Peru did not use the summit to attack Chile.', [peru, chile])).toEqual(
      [],
    );
    expect(stanceTriples('Peru may use the summit to attack Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: an act warned against or avoided', () => {
  it('does not give the warner or the avoider the act', () => {
    expect(stanceTriples('Peru warned against attacking Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Peru avoided criticising Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: an object relative clause on an actor', () => {
  it('points the verb at the antecedent of "whom", "which" or "who"', () => {
    expect(stanceTriples('Chile, whom Peru has praised, won the vote.', [chile, peru])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Chile, which Peru has long criticised, won the vote.', [chile, peru]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(
      stanceTriples('Tomas Ruiz, whom Ines Vidal endorsed last year, won.', [tomas, ines]),
    ).toEqual(['SUPPORTS person:ines-vidal person:tomas-ruiz']);
  });

  it('gives nothing when the verb is denied or has an object of its own', () => {
    expect(stanceTriples('Chile, whom Peru did not criticise, won.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile, whom Peru would back, won.', [chile, peru])).toEqual([]);
    expect(
      stanceTriples('Chile, which Peru praised Brazil for backing, won.', [chile, peru, brazil]),
    ).toEqual(['SUPPORTS state:PER state:BRA']);
  });
});

describe('extractRelations: an absolute "with" clause', () => {
  it('gives the gerund the actor right after "with"', () => {
    expect(
      stanceTriples('The row deepened, with Peru accusing Chile of spying.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stanceTriples('With Peru backing Chile, the motion passed.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing after a verb\'s "with" or when negated', () => {
    expect(stanceTriples('Peru met with Chile accusing Brazil.', [peru, chile, brazil])).toEqual(
      [],
    );
    expect(stanceTriples('Talks stalled, with Peru not backing Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: phrasal stance verbs and adjectives', () => {
  it('reads coming out against or for, firing back, taking shots', () => {
    expect(stanceTriples('Peru came out against Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru came out in favour of Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru fired back at Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Tomas Ruiz took a shot at Ines Vidal.', [tomas, ines])).toEqual([
      'OPPOSES person:tomas-ruiz person:ines-vidal',
    ]);
    expect(stanceTriples('Tomas Ruiz stumped for Ines Vidal.', [tomas, ines])).toEqual([
      'SUPPORTS person:tomas-ruiz person:ines-vidal',
    ]);
  });

  it('reads anger at an actor after a copula, not when denied', () => {
    expect(stanceTriples('Peru is furious with Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru was angry at Chile over the vote.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru is not angry with Chile.', [peru, chile])).toEqual([]);
    expect(
      stanceTriples('Peru came out for the first time since Chile won.', [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: a quarrel named for a coordinated subject', () => {
  it('makes each oppose the other, not when denied', () => {
    expect(
      stanceTriples('Peru and Chile traded accusations over the border.', [peru, chile]),
    ).toEqual(['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL']);
    expect(stanceTriples('Peru and Chile are no longer at loggerheads.', [peru, chile])).toEqual(
      [],
    );
  });
});
