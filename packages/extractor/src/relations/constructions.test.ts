import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { brazil, chile, peru, japan } = STATES;
const lopez: EntitySpec = { id: 'person:rosa-lopez', type: 'Person', names: ['Rosa Lopez'] };
const okafor: EntitySpec = { id: 'person:ben-okafor', type: 'Person', names: ['Ben Okafor'] };

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS' || r.type === 'ALLIED_WITH')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: participial adjuncts', () => {
  it('gives a participle after a comma the subject of its clause', () => {
    expect(
      triples(
        'Peru recalled its envoy from the capital after weeks of failed talks, accusing Chile of spying.',
        [peru, chile],
      ),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives a participle after a thing the actor issued the issuer as source', () => {
    expect(
      triples('Brazil published a long statement yesterday condemning Chile.', [brazil, chile]),
    ).toEqual(['OPPOSES state:BRA state:CHL']);
    expect(
      triples('Rosa Lopez is running adverts in two states attacking Ben Okafor.', [lopez, okafor]),
    ).toEqual(['OPPOSES person:rosa-lopez person:ben-okafor']);
  });

  it('leaves a progressive, a negated clause and a carrier-less participle alone', () => {
    expect(triples('Rebels near the border are attacking Chile.', [chile])).toEqual([]);
    expect(triples('Peru did not issue a statement criticising Chile.', [peru, chile])).toEqual([]);
    expect(
      triples('Japan sent soldiers fighting in the hills to help Chile.', [japan, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: asides between a subject and its verb', () => {
  const union: EntitySpec = {
    id: 'org:dockers-union',
    type: 'Organization',
    names: ['Dockers Union'],
  };

  it('steps over an apposition holding a relative clause', () => {
    expect(
      triples(
        'The Dockers Union, a federation that speaks for most harbour workers in the south, endorsed Rosa Lopez.',
        [union, lopez],
      ),
    ).toEqual(['SUPPORTS org:dockers-union person:rosa-lopez']);
  });

  it('steps over an apposition opened by a title or a participle', () => {
    expect(
      triples(
        'Ben Okafor, director of the port authority and a former judge, praised Rosa Lopez.',
        [okafor, lopez],
      ),
    ).toEqual(['SUPPORTS person:ben-okafor person:rosa-lopez']);
    expect(
      triples('Ben Okafor, regarded as a moderate, criticised Rosa Lopez.', [okafor, lopez]),
    ).toEqual(['OPPOSES person:ben-okafor person:rosa-lopez']);
  });

  it('steps over a bracket after the subject', () => {
    expect(triples('Rosa Lopez (Ind.) endorses Ben Okafor.', [lopez, okafor])).toEqual([
      'SUPPORTS person:rosa-lopez person:ben-okafor',
    ]);
  });

  it('does not take the subject of a closed relative clause as the source', () => {
    expect(triples('The group, which Rosa Lopez founded, criticised Peru.', [lopez, peru])).toEqual(
      [],
    );
  });
});

describe('extractRelations: "he"/"she" in a later clause', () => {
  it('resolves to the one person named earlier in the sentence', () => {
    expect(
      triples('When Rosa Lopez returned from the talks, she was praised by Chile.', [lopez, chile]),
    ).toEqual(['SUPPORTS state:CHL person:rosa-lopez']);
    expect(
      triples('Rosa Lopez left the hall early when she criticised Peru.', [lopez, peru]),
    ).toEqual(['OPPOSES person:rosa-lopez state:PER']);
  });

  it('does not choose between two people named earlier', () => {
    expect(
      triples('Rosa Lopez met Ben Okafor on Monday before he criticised Peru.', [
        lopez,
        okafor,
        peru,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: heads, passives and phrasal cues', () => {
  const league: EntitySpec = {
    id: 'org:farm-league',
    type: 'Organization',
    names: ['Farm League'],
  };
  const courier: EntitySpec = {
    id: 'org:courier',
    type: 'Organization',
    names: ['Morning Courier'],
  };

  it('lets an organization act through its report or its kind noun', () => {
    expect(
      triples('A 2021 Farm League report accused Brazil of dumping grain.', [league, brazil]),
    ).toEqual(['OPPOSES org:farm-league state:BRA']);
    expect(
      triples("The Morning Courier newspaper criticised Rosa Lopez's budget.", [courier, lopez]),
    ).toEqual(['OPPOSES org:courier person:rosa-lopez']);
  });

  it('keeps a state before a kind noun a modifier', () => {
    expect(triples('Brazilian newspapers criticised Chile.', [brazil, chile])).toEqual([]);
  });

  it('finds the agent of a passive after a short adjunct', () => {
    expect(triples('Chile was endorsed on Monday by Peru.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('reads phrasal stances', () => {
    expect(triples('Peru placed the blame on Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(triples('Peru threw its support behind Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(triples('Peru took issue with Chile over fishing rights.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: alliances from lists and possessive pronouns', () => {
  const { us, uk } = STATES;
  const allies = (text: string, entities: EntitySpec[]): string[] =>
    triples(text, entities).filter((t) => t.startsWith('ALLIED_WITH'));

  it('reads an adjective between an ally and "of"', () => {
    expect(allies('Japan is a staunch ally of the United States.', [japan, us])).toEqual([
      'ALLIED_WITH state:JPN state:USA',
    ]);
  });

  it('reads "X and its allies" with the allies listed or named after', () => {
    expect(
      allies('The United States and its allies, including Japan, froze the assets.', [us, japan]),
    ).toEqual(['ALLIED_WITH state:JPN state:USA']);
    expect(allies('Britain will consult its allies Japan and Peru.', [uk, japan, peru])).toEqual([
      'ALLIED_WITH state:GBR state:JPN',
      'ALLIED_WITH state:GBR state:PER',
    ]);
  });

  it('reads a list after a place phrase', () => {
    expect(allies("Washington's allies in Asia, including Japan, protested.", [us, japan])).toEqual(
      ['ALLIED_WITH state:JPN state:USA'],
    );
  });

  it('gives nothing for "its allies" with no one named', () => {
    expect(allies('Chile criticised Peru and its allies.', [chile, peru])).toEqual([]);
  });
});

describe('extractRelations: subjects after a fronted phrase or a descriptor', () => {
  it('reads a subject after a fronted adjunct with no comma', () => {
    expect(
      triples('Throughout the long campaign Rosa Lopez has attacked Ben Okafor.', [lopez, okafor]),
    ).toEqual(['OPPOSES person:rosa-lopez person:ben-okafor']);
  });

  it('reads a subject after a short descriptor opening the sentence', () => {
    expect(triples('Veteran diplomat Rosa Lopez praised Peru.', [lopez, peru])).toEqual([
      'SUPPORTS person:rosa-lopez state:PER',
    ]);
  });

  it('does not read an object or a reported subject as the subject', () => {
    expect(triples('Peru said Chile praised Brazil.', [peru, chile, brazil])).toEqual([
      'SUPPORTS state:CHL state:BRA',
    ]);
    expect(
      triples('Voters who backed Rosa Lopez in the primary criticised Peru.', [lopez, peru]),
    ).toEqual([]);
  });

  it('steps over an apposition opened by a modified title', () => {
    expect(
      triples('Ben Okafor, national director of the farm lobby, criticised Chile.', [
        okafor,
        chile,
      ]),
    ).toEqual(['OPPOSES person:ben-okafor state:CHL']);
  });
});

describe('extractRelations: party members and licensed infinitives', () => {
  const labour: EntitySpec = { id: 'org:labour', type: 'Organization', names: ['Labour'] };

  it('lets a party act through its lawmakers, and "quick to" states a fact', () => {
    expect(triples('Labour lawmakers were quick to attack Rosa Lopez.', [labour, lopez])).toEqual([
      'OPPOSES org:labour person:rosa-lopez',
    ]);
  });

  it('reads "want to attack" as a stance held now, and "may want to" as none', () => {
    // Changed 2026-12-06 (desired-stance.ts): wanting to attack Y is opposing Y now.
    expect(triples('Labour lawmakers want to attack Rosa Lopez.', [labour, lopez])).toEqual([
      'OPPOSES org:labour person:rosa-lopez',
    ]);
    expect(triples('Labour lawmakers may want to attack Rosa Lopez.', [labour, lopez])).toEqual([]);
  });

  it('reads a tirade or testimony against someone', () => {
    expect(triples('Rosa Lopez launched a tirade against Ben Okafor.', [lopez, okafor])).toEqual([
      'OPPOSES person:rosa-lopez person:ben-okafor',
    ]);
    expect(triples('Rosa Lopez testified against Ben Okafor.', [lopez, okafor])).toEqual([
      'OPPOSES person:rosa-lopez person:ben-okafor',
    ]);
  });
});
