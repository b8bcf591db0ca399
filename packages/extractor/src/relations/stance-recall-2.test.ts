import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Support withdrawn, nominal stances and hyphen cues kept inside their noun phrase (issue 10),
// each on sentences written for these tests, with a twin that must give nothing.

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');

describe('extractRelations: support withdrawn', () => {
  it('reads a withdrawn, rescinded or pulled endorsement as opposition', () => {
    expect(stanceTriples('Peru withdrew its support for Chile in May.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Tomas Ruiz rescinded his endorsement of Ines Vidal.', [tomas, ines]),
    ).toEqual(['OPPOSES person:tomas-ruiz person:ines-vidal']);
    expect(stanceTriples('Brazil pulled its backing from Peru.', [brazil, peru])).toEqual([
      'OPPOSES state:BRA state:PER',
    ]);
  });

  it('gives nothing when the withdrawal is denied or is not of support', () => {
    expect(stanceTriples('Peru did not withdraw its support for Chile.', [peru, chile])).toEqual(
      [],
    );
    expect(stanceTriples('Peru withdrew its troops from Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: more stance nouns', () => {
  it('reads praise, tributes, assaults and anger aimed at an actor', () => {
    expect(
      stanceTriples("Peru's praise of Chile surprised Brazil.", [peru, chile, brazil]),
    ).toEqual(['SUPPORTS state:PER state:CHL']);
    expect(stanceTriples('Peru paid tribute to Chile on Monday.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(stanceTriples("Peru's assault on Chile began at dawn.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Brazil vented its anger at Peru.', [brazil, peru])).toEqual([
      'OPPOSES state:BRA state:PER',
    ]);
  });

  it('gives nothing when the noun is denied or no actor owns it', () => {
    expect(stanceTriples('Peru voiced no anger at Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('The assault on Chile began at dawn.', [chile])).toEqual([]);
  });
});

describe('extractRelations: a hyphen cue inside its noun phrase', () => {
  it('does not reach past the verb of the clause for its target', () => {
    expect(stanceTriples('The Peru-backed militia attacked Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('A Brazil-funded group has entered Peru.', [brazil, peru])).toEqual([]);
  });

  it('still finds a target that heads the phrase', () => {
    expect(stanceTriples('The Peru-backed President Ines Vidal fell.', [peru, ines])).toEqual([
      'SUPPORTS state:PER person:ines-vidal',
    ]);
  });
});

describe('extractRelations: a perfect copula before an agent noun', () => {
  it('reads "has (long) been a critic/supporter of Y" as "is"', () => {
    expect(stanceTriples('Peru has long been a critic of Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Ines Vidal has been a loyal supporter of Peru.', [ines, peru])).toEqual([
      'SUPPORTS person:ines-vidal state:PER',
    ]);
  });

  it('gives nothing after a participle, a negation or "former"', () => {
    expect(stanceTriples('Ines Vidal has been meeting a critic of Peru.', [ines, peru])).toEqual(
      [],
    );
    expect(stanceTriples('Ines Vidal has never been a critic of Peru.', [ines, peru])).toEqual([]);
    expect(stanceTriples('Peru has been a former ally of Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: the agent between a stance noun and its complement', () => {
  it('reads "attacks by X on Y", "criticism by X of Y"', () => {
    expect(stanceTriples('The attacks by Peru on Chile went on.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Criticism by Brazil of Peru has grown.', [brazil, peru])).toEqual([
      'OPPOSES state:BRA state:PER',
    ]);
    expect(stanceTriples('Support by Peru for Chile grew.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing when the noun is denied or is no stance noun', () => {
    expect(stanceTriples('There were no attacks by Peru on Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('The report by Peru on Chile was read.', [peru, chile])).toEqual([]);
    expect(
      stanceTriples('Tomas Ruiz was praised by Peru for Chile.', [tomas, peru, chile]),
    ).toEqual(['SUPPORTS state:PER person:tomas-ruiz']);
  });
});

describe('extractRelations: a perfect copula reaches no distant agent noun', () => {
  it('gives no membership past a participle after "been"', () => {
    expect(
      stanceTriples(
        'Peru has been mainly involved in training troops as part of Mercosur.',
        [peru, { id: 'org:mercosur', type: 'Organization', names: ['Mercosur'] }],
        ['MEMBER_OF'],
      ),
    ).toEqual([]);
  });
});

describe('extractRelations: a list naming the holders of a plural agent noun', () => {
  it('reads "critics of Y, including X" and "supporters of Y such as X"', () => {
    expect(stanceTriples('Critics of Chile, including Peru, spoke out.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Supporters of Peru such as Ines Vidal and Tomas Ruiz met.', [
        peru,
        ines,
        tomas,
      ]),
    ).toEqual(['SUPPORTS person:ines-vidal state:PER', 'SUPPORTS person:tomas-ruiz state:PER']);
  });

  it('gives nothing when the complement is no actor or the list is not right after it', () => {
    expect(stanceTriples('Critics of the plan, including Peru, spoke out.', [peru])).toEqual([]);
    expect(stanceTriples('Critics of Chile met on Monday, including Peru.', [peru, chile])).toEqual(
      [],
    );
  });
});

describe('extractRelations: siding with one actor against another', () => {
  it('reads "X sided with (stood with, backed) Y against Z" as X opposing Z', () => {
    expect(stanceTriples('Peru sided with Chile against Brazil.', [peru, chile, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru backed Chile against Brazil.', [peru, chile, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing when the support is denied or "against" does not follow the ally', () => {
    expect(
      stanceTriples('Peru did not side with Chile against Brazil.', [peru, chile, brazil]),
    ).toEqual([]);
    expect(
      stanceTriples('Peru sided with Chile on Monday against Brazil.', [peru, chile, brazil]),
    ).toEqual(['SUPPORTS state:PER state:CHL']);
  });
});

describe('extractRelations: a perfect copula before an adjective and a plural agent noun', () => {
  it('reads "X and Y have been relentless critics of Z"', () => {
    expect(
      stanceTriples('Ines Vidal and Tomas Ruiz have been relentless critics of Peru.', [
        ines,
        tomas,
        peru,
      ]),
    ).toEqual(['OPPOSES person:ines-vidal state:PER', 'OPPOSES person:tomas-ruiz state:PER']);
    expect(stanceTriples('Ines Vidal has been meeting critics of Peru.', [ines, peru])).toEqual([]);
  });
});

describe('extractRelations: "them" as the object of a stance verb', () => {
  it('points at the one state or organization named before the verb', () => {
    const union = { id: 'org:dock-union', type: 'Organization' as const, names: ['Dock Union'] };
    expect(
      stanceTriples('The Dock Union listened while Ines Vidal denounced them.', [ines, union]),
    ).toEqual(['OPPOSES person:ines-vidal org:dock-union']);
  });

  it('gives nothing for "it", with two candidates, or after another person', () => {
    expect(
      stanceTriples('Peru tabled the bill, while Chile voted against it.', [peru, chile]),
    ).toEqual([]);
    expect(
      stanceTriples('Peru and Brazil signed the pact, and Chile criticised them.', [
        peru,
        brazil,
        chile,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Peru hosted Tomas Ruiz, and Ines Vidal later criticised them.', [
        peru,
        tomas,
        ines,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: joining others in a stance', () => {
  it('gives the ones joined, and the one joining, the stance of the gerund', () => {
    expect(stanceTriples('Peru joined Brazil in condemning Chile.', [peru, brazil, chile])).toEqual(
      ['OPPOSES state:BRA state:CHL', 'OPPOSES state:PER state:CHL'],
    );
    expect(
      stanceTriples('Tomas Ruiz has joined Brazil and Peru in backing Chile.', [
        tomas,
        brazil,
        peru,
        chile,
      ]),
    ).toEqual([
      'SUPPORTS person:tomas-ruiz state:CHL',
      'SUPPORTS state:BRA state:CHL',
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing when joining is refused or the gerund is no stance', () => {
    expect(
      stanceTriples('Peru refused to join Brazil in condemning Chile.', [peru, brazil, chile]),
    ).toEqual([]);
    expect(stanceTriples('Peru joined Brazil in talks with Chile.', [peru, brazil, chile])).toEqual(
      [],
    );
  });
});
