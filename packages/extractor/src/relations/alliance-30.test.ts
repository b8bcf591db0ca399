import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

const { brazil, chile, peru, france, germany } = STATES;
const { mercosur } = ORGS;
const netherlands: EntitySpec = { id: 'state:NLD', type: 'State', names: ['Netherlands'] };
const front: EntitySpec = {
  id: 'org:northern-front',
  type: 'Organization',
  names: ['Northern Front'],
  attributes: { kind: 'armed' },
};
const andean: EntitySpec = {
  id: 'org:andean-pact',
  type: 'Organization',
  names: ['Andean Pact'],
  attributes: { kind: 'bloc' },
};

const greens: EntitySpec = {
  id: 'org:greens',
  type: 'Organization',
  names: ['Green Party'],
  attributes: { kind: 'party' },
};
const farmers: EntitySpec = {
  id: 'org:farmers',
  type: 'Organization',
  names: ['Farmers Union', 'Farmers'],
  attributes: { kind: 'party' },
};
const rivera: EntitySpec = { id: 'person:rivera', type: 'Person', names: ['Ana Rivera'] };

const TYPES = ['ALLIED_WITH', 'MEMBER_OF'];
const ALL = [brazil, chile, peru, france, germany, netherlands, mercosur, front, andean];
const PARTIES = [greens, farmers, rivera, andean, chile];

function ties(text: string): string[] {
  return stanceTriples(text, ALL, TYPES);
}

describe('alliances and memberships stated in passing', () => {
  it('reads the name after "the" in "X\'s ally the Y"', () => {
    expect(ties("Peru's ally the Netherlands sent two frigates.")).toEqual([
      'ALLIED_WITH state:NLD state:PER',
    ]);
    expect(ties("Peru's closest ally the Netherlands sent two frigates.")).toEqual([
      'ALLIED_WITH state:NLD state:PER',
    ]);
  });

  it("makes the owner of a body's other or fellow members a member", () => {
    const member = ['MEMBER_OF state:CHL org:mercosur'];
    expect(ties('Chile and other Mercosur members condemned the coup.')).toEqual(member);
    expect(ties('Chile and other Mercosur countries condemned the coup.')).toEqual(member);
    expect(ties("Chile's fellow Mercosur members condemned the coup.")).toEqual(member);
    expect(ties('Chile, along with other Mercosur members, condemned the coup.')).toEqual(member);
    expect(ties('Chile and fellow Mercosur member Peru sent observers.')).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
      'MEMBER_OF state:PER org:mercosur',
    ]);
  });

  it('gives no membership without a word that makes the owner one of them', () => {
    // Stop 31: "X's NATO allies", "X and its EU partners" name X's companions in the body, not X
    // as a member ("Ukraine's NATO allies").
    expect(ties('Chile and its Mercosur allies condemned the coup.')).toEqual([]);
    expect(ties("Chile's Mercosur partners condemned the coup.")).toEqual([]);
    expect(ties('Chile joined its Mercosur partners in condemning the coup.')).toEqual([]);
    expect(ties('Chile and Mercosur allies condemned the coup.')).toEqual([]);
    expect(ties("Chile's Mercosur members condemned the coup.")).toEqual([]);
    expect(ties('Chile and its Mercosur members condemned the coup.')).toEqual([]);
    expect(ties('Chile and its former Mercosur partners condemned the coup.')).toEqual([]);
    expect(ties('Chile criticised its Mercosur partners.')).toEqual([]);
  });

  it("reads a body of people's allies as its allies, not its members", () => {
    expect(ties('Peru and its Northern Front allies shelled the town.')).toEqual([
      'ALLIED_WITH org:northern-front state:PER',
    ]);
    expect(ties('Northern Front ally Peru shelled the town.')).toEqual([
      'ALLIED_WITH org:northern-front state:PER',
    ]);
    expect(ties('Andean Pact ally Peru sent observers.')).toEqual([
      'MEMBER_OF state:PER org:andean-pact',
    ]);
  });

  it("pairs a state with its or other states' allies, but not with a body named before the noun", () => {
    expect(ties('Chile and its Brazilian allies sent observers.')).toEqual([
      'ALLIED_WITH state:BRA state:CHL',
    ]);
    expect(ties('Chile and other Brazilian allies sent observers.')).toEqual([
      'ALLIED_WITH state:BRA state:CHL',
    ]);
    expect(ties('Chile and other Mercosur allies met in May.')).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
    ]);
  });

  it('makes partners in a body its members', () => {
    expect(ties('Chile and Peru, longtime partners in Mercosur, disagreed.')).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
      'MEMBER_OF state:PER org:mercosur',
    ]);
    expect(ties("Brazil's partners in Mercosur criticised the tariff.")).toEqual([
      'MEMBER_OF state:BRA org:mercosur',
    ]);
    expect(ties("Chile and Peru, Brazil's partners in Mercosur, criticised the tariff.")).toEqual([
      'MEMBER_OF state:BRA org:mercosur',
      'MEMBER_OF state:CHL org:mercosur',
      'MEMBER_OF state:PER org:mercosur',
    ]);
    expect(ties('Chile and its partners in the Andean Pact objected.')).toEqual([
      'MEMBER_OF state:CHL org:andean-pact',
    ]);
    expect(ties('Germany and France are partners in the Andean Pact.')).toEqual([
      'MEMBER_OF state:DEU org:andean-pact',
      'MEMBER_OF state:FRA org:andean-pact',
    ]);
  });

  it('gives no membership to past or denied partners, or partners in an event of the body', () => {
    expect(ties('Chile and Peru, former partners in Mercosur, disagreed.')).toEqual([]);
    expect(ties('Chile and Peru are not partners in Mercosur.')).toEqual([]);
    expect(ties('Chile and Peru could become partners in Mercosur.')).toEqual([]);
    expect(ties("Brazil's partners in the Mercosur talks criticised the tariff.")).toEqual([]);
  });

  it('reads the members a body includes, in the present tense', () => {
    expect(ties('Mercosur, which includes Chile and Peru, met in May.')).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
      'MEMBER_OF state:PER org:mercosur',
    ]);
    expect(ties('The Andean Pact now includes Brazil.')).toEqual([
      'MEMBER_OF state:BRA org:andean-pact',
    ]);
    expect(ties('A plan by Mercosur includes Chile.')).toEqual([]);
    expect(ties('Mercosur, which included Chile, met in May.')).toEqual([]);
  });

  it('gives nothing for leaving, bids, wishes, possibilities or negation', () => {
    expect(ties('Chile left Mercosur in 2020.')).toEqual([]);
    expect(ties("Chile's bid to join Mercosur angered Peru.")).toEqual([]);
    expect(ties('Chile wants to join Mercosur.')).toEqual([]);
    expect(ties('Chile could join Mercosur next year.')).toEqual([]);
    expect(ties('Chile is not a member of Mercosur.')).toEqual([]);
    expect(ties('Chile, a former Mercosur member, objected.')).toEqual([]);
  });

  it('reads "other members of", "the rest of" and "other allies of" the same way', () => {
    expect(ties('Chile, Peru and other members of Mercosur objected.')).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
      'MEMBER_OF state:PER org:mercosur',
    ]);
    expect(ties('Chile and the rest of the Andean Pact objected.')).toEqual([
      'MEMBER_OF state:CHL org:andean-pact',
    ]);
    expect(ties('Chile and other allies of Brazil objected.')).toEqual([
      'ALLIED_WITH state:BRA state:CHL',
    ]);
    expect(ties('Chile and its allies of Brazil objected.')).toEqual([]);
  });

  it('reads an ordinal before "member" as a modifier', () => {
    expect(ties("Chile became Mercosur's fifth member in May.")).toEqual([
      'MEMBER_OF state:CHL org:mercosur',
    ]);
  });

  it('makes coalition partners allies, never members of each other', () => {
    const allied = ['ALLIED_WITH org:farmers org:greens'];
    const ties2 = (text: string): string[] => stanceTriples(text, PARTIES, TYPES);
    expect(ties2("The Green Party's coalition partner, the Farmers Union, objected.")).toEqual(
      allied,
    );
    expect(
      ties2("The Farmers Union, the Green Party's junior coalition partner, objected."),
    ).toEqual(allied);
    expect(ties2("The Farmers' coalition partner, the Green Party, objected.")).toEqual(allied);
    expect(ties2('The Green Party and the Farmers Union are coalition partners.')).toEqual(allied);
    expect(
      ties2("The Farmers Union, the Green Party's former coalition partner, objected."),
    ).toEqual([]);
  });

  it('makes no person a member of a bloc, where a body of people keeps its members', () => {
    const ties2 = (text: string): string[] => stanceTriples(text, PARTIES, TYPES);
    expect(ties2('Ana Rivera is a member of the Andean Pact.')).toEqual([]);
    expect(ties2('Ana Rivera is a member of the Green Party.')).toEqual([
      'MEMBER_OF person:rivera org:greens',
    ]);
  });
});
