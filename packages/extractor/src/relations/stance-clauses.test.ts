import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Subjects and objects around relative and complement clauses, on sentences written for these
// tests; each positive case has a twin that must give nothing.

const { peru, chile } = STATES;
const person = personSpec;
const ines = person('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = person('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');
const lima: EntitySpec = { id: 'loc:lima', type: 'Location', names: ['Lima'] };
const court: EntitySpec = { id: 'org:high-court', type: 'Organization', names: ['High Court'] };
const party: EntitySpec = { id: 'org:green-party', type: 'Organization', names: ['Green Party'] };

const triples = (text: string, entities: EntitySpec[]): string[] => stanceTriples(text, entities);

describe('extractRelations: a relative clause between a subject and its verb', () => {
  it('finds "X of <place>, who ..., accused Y": the place is X\'s affiliation', () => {
    expect(
      triples('Ines Vidal of Lima, who ran for mayor twice, accused Tomas Ruiz of lying.', [
        ines,
        lima,
        tomas,
      ]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
  });

  it("does not let the relative clause's infinitive or negation deny the main verb", () => {
    expect(
      triples('Peru, which has vowed to stay neutral, criticised Chile.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(triples('Peru, which has never lost a war, criticised Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('still reads a negation in the main clause', () => {
    expect(
      triples('Peru, which has vowed to stay neutral, did not criticise Chile.', [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: objects that describe a person', () => {
  it('points "accused the court\'s chief justice X" at X', () => {
    expect(
      triples("Ines Vidal accused the High Court's chief justice Tomas Ruiz of bias.", [
        ines,
        court,
        tomas,
      ]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
  });

  it('keeps the possessor when no person follows', () => {
    expect(triples("Ines Vidal accused the High Court's judges of bias.", [ines, court])).toEqual([
      'OPPOSES person:ines-vidal org:high-court',
    ]);
  });
});

describe('extractRelations: a clause after a verb of stance', () => {
  it('finds no object in "warned that it might ..."', () => {
    expect(triples('Peru warned that it might freeze Chilean assets.', [peru, chile])).toEqual([]);
  });

  it('reads the subject of "alleged that Y ..." as the one accused', () => {
    expect(
      triples('Tomas Ruiz alleged that the Green Party had rigged the vote.', [tomas, party]),
    ).toEqual(['OPPOSES person:tomas-ruiz org:green-party']);
  });
});

describe('extractRelations: an object renamed by an apposition', () => {
  it('points "blamed the candidate, X, for ..." at X', () => {
    expect(
      triples('Peru blamed the outgoing mayor, Tomas Ruiz, for the floods.', [peru, tomas]),
    ).toEqual(['OPPOSES state:PER person:tomas-ruiz']);
    expect(triples('Ines Vidal praised its founder, Tomas Ruiz.', [ines, tomas])).toEqual([
      'SUPPORTS person:ines-vidal person:tomas-ruiz',
    ]);
  });

  it('gives nothing when negated or when the name opens a new clause', () => {
    expect(
      triples('Peru did not blame the outgoing mayor, Tomas Ruiz, for the floods.', [peru, tomas]),
    ).toEqual([]);
    expect(triples('Ines Vidal praised the plan, Tomas Ruiz said.', [ines, tomas])).toEqual([]);
  });
});

describe('extractRelations: people described before their name in an object', () => {
  it('points "sued Acme chief executive officer X" at X', () => {
    const acme: EntitySpec = { id: 'org:acme', type: 'Organization', names: ['Acme'] };
    expect(
      triples('Ines Vidal sued Acme chief executive officer Tomas Ruiz for fraud.', [
        ines,
        acme,
        tomas,
      ]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
  });
});

describe('extractRelations: "X and other <group>" as one subject', () => {
  it('lets the named state and the group both act', () => {
    const latin: EntitySpec = {
      id: 'group:latin-american-states',
      type: 'Group',
      names: ['Latin American states'],
    };
    expect(
      triples('Peru and other Latin American states criticised Chile.', [peru, latin, chile]),
    ).toEqual(['OPPOSES group:latin-american-states state:CHL', 'OPPOSES state:PER state:CHL']);
    expect(
      triples('Peru and other Latin American states never criticised Chile.', [peru, latin, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: nouns of attitude', () => {
  it('reads "voiced its disapproval of Y", "her admiration for Y", "will uphold Y\'s orders"', () => {
    expect(triples('Peru voiced its disapproval of Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(triples('Ines Vidal expressed her admiration for Tomas Ruiz.', [ines, tomas])).toEqual([
      'SUPPORTS person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples("Ines Vidal upheld Tomas Ruiz's decree.", [ines, tomas])).toEqual([
      'SUPPORTS person:ines-vidal person:tomas-ruiz',
    ]);
  });

  it('gives nothing after "no" or a negation', () => {
    expect(triples('Peru voiced no disapproval of Chile.', [peru, chile])).toEqual([]);
    expect(triples('Peru showed no real support for Chile.', [peru, chile])).toEqual([]);
    expect(triples("Ines Vidal never upheld Tomas Ruiz's decree.", [ines, tomas])).toEqual([]);
  });
});

describe('extractRelations: judgements in reported speech', () => {
  it('reads "X said Y was lying" and "told reporters Y was at fault"', () => {
    expect(triples('Ines Vidal said Tomas Ruiz was lying.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples('Peru told reporters Chile was at fault.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('does not judge the one told, and reads a denial', () => {
    expect(triples('Ines Vidal told Peru the whole board was at fault.', [ines, peru])).toEqual([]);
    expect(triples('Ines Vidal said Tomas Ruiz was not lying.', [ines, tomas])).toEqual([]);
  });
});

describe('extractRelations: a participle after "X said,"', () => {
  it('gives the speaker the stance: "..., X said, accusing Y of ..."', () => {
    expect(
      triples('The talks failed, Peru said, blaming Chile for the collapse.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives nothing when the saying is denied', () => {
    expect(
      triples('The talks failed, Peru never said, blaming Chile for the collapse.', [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: "took to Twitter to <verb>"', () => {
  it('states a fact, as "wants to" states a stance, unless denied', () => {
    expect(triples('Ines Vidal took to Twitter to slam Tomas Ruiz.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples('Ines Vidal wants to slam Tomas Ruiz.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples('Ines Vidal does not want to slam Tomas Ruiz.', [ines, tomas])).toEqual([]);
    expect(
      triples('Ines Vidal did not take to Twitter to slam Tomas Ruiz.', [ines, tomas]),
    ).toEqual([]);
  });
});
