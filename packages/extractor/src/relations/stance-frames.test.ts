import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Constructions of stance and alliance read on sentences written for these tests: each positive
// case has a negated, questioned or otherwise non-factual twin that must give nothing.

const { brazil, chile, peru, japan } = STATES;
const person = personSpec;
const ines = person('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = person('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');
const clara = person('clara-mota', 'Clara Mota', 'Mota');
const peruvians: EntitySpec = { id: 'state:PER', type: 'State', names: ['Peruvians'] };
const acme: EntitySpec = {
  id: 'org:acme-holdings',
  type: 'Organization',
  names: ['Acme Holdings'],
};

const triples = stanceTriples;

describe('extractRelations: a named subject joined to a common-noun phrase', () => {
  it('lets the named actors act in "X, Y and other countries condemned Z"', () => {
    expect(
      triples('Peru, Chile and other coastal states have condemned Japan.', [peru, chile, japan]),
    ).toEqual(['OPPOSES state:CHL state:JPN', 'OPPOSES state:PER state:JPN']);
    expect(
      triples('Ines Vidal and her fellow deputies sharply criticised Tomas Ruiz.', [ines, tomas]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
  });

  it('gives nothing when negated, and not across a verb of another clause', () => {
    expect(triples('Peru and other states did not condemn Japan.', [peru, japan])).toEqual([]);
    expect(
      triples('Brazil praised Peru and other states condemned Japan.', [brazil, peru, japan]),
    ).toEqual(['SUPPORTS state:BRA state:PER']);
  });
});

describe('extractRelations: demands that an actor change course or go', () => {
  it('reads "urged Y to lift", "called on Y to stop", "demanded that Y withdraw"', () => {
    expect(triples('Brazil urged Chile to lift its tariffs on copper.', [brazil, chile])).toEqual([
      'OPPOSES state:BRA state:CHL',
    ]);
    expect(
      triples('Peru has repeatedly called on Japan to stop whaling in its waters.', [peru, japan]),
    ).toEqual(['OPPOSES state:PER state:JPN']);
    expect(triples('Chile demanded that Peru withdraw its troops.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('reads "called for Y\'s resignation" and "the removal of Y"', () => {
    expect(triples("Ines Vidal called for Tomas Ruiz's resignation.", [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples('Clara Mota demanded the removal of Tomas Ruiz.', [clara, tomas])).toEqual([
      'OPPOSES person:clara-mota person:tomas-ruiz',
    ]);
    expect(triples('Brazil called for a boycott of Acme Holdings.', [brazil, acme])).toEqual([
      'OPPOSES state:BRA org:acme-holdings',
    ]);
  });

  it('gives nothing for a demand negated, asked or modal', () => {
    expect(triples('Brazil did not urge Chile to lift its tariffs.', [brazil, chile])).toEqual([]);
    expect(triples('Will Peru call on Japan to stop whaling?', [peru, japan])).toEqual([]);
    expect(triples("Vidal may call for Ruiz's resignation.", [ines, tomas])).toEqual([]);
  });

  it('aims "asked Y to block Z" at Z, even when the one asked is no actor', () => {
    expect(triples('Brazil urged Chile to stop Peru.', [brazil, chile, peru])).toEqual([
      'OPPOSES state:BRA state:PER',
    ]);
    expect(
      triples('Acme Holdings asked a federal judge to block Peru from seizing its mines.', [
        acme,
        peru,
      ]),
    ).toEqual(['OPPOSES org:acme-holdings state:PER']);
    expect(
      triples('Acme Holdings never asked a federal judge to block Peru.', [acme, peru]),
    ).toEqual([]);
  });

  it('gives nothing when no change is demanded of the addressee', () => {
    expect(triples('Brazil urged Chile to join the talks.', [brazil, chile])).toEqual([]);
    expect(triples('Brazil urged Chile to release Peru.', [brazil, chile, peru])).toEqual([]);

    expect(triples("Brazil called for Chile's support.", [brazil, chile])).toEqual([]);
  });
});

describe('extractRelations: alliances named with both parties', () => {
  const allied = (text: string, entities: EntitySpec[]): string[] =>
    triples(text, entities, ['ALLIED_WITH']);

  it('reads "the alliance between X and Y", "the X-Y alliance" and "joined forces with"', () => {
    expect(allied('The alliance between Peru and Chile has held.', [peru, chile])).toEqual([
      'ALLIED_WITH state:CHL state:PER',
    ]);
    expect(allied('The Peru-Japan defence pact was signed.', [peru, japan])).toEqual([
      'ALLIED_WITH state:JPN state:PER',
    ]);
    expect(allied('Brazil joined forces with Chile against smugglers.', [brazil, chile])).toEqual([
      'ALLIED_WITH state:BRA state:CHL',
    ]);
  });

  it('gives nothing when negated or asked, nor between people', () => {
    expect(allied('Brazil never joined forces with Chile.', [brazil, chile])).toEqual([]);
    expect(allied('Would an alliance between Peru and Chile hold?', [peru, chile])).toEqual([]);
    expect(allied('Ines Vidal joined forces with Tomas Ruiz.', [ines, tomas])).toEqual([]);
  });
});

describe('extractRelations: a passive agent behind a short descriptor', () => {
  it('reads "was praised by mining tycoon X" when X is a person', () => {
    expect(triples('Peru was praised by mining tycoon Ines Vidal.', [peru, ines])).toEqual([
      'SUPPORTS person:ines-vidal state:PER',
    ]);
    expect(
      triples('Tomas Ruiz was attacked by veteran lawmaker Clara Mota.', [tomas, clara]),
    ).toEqual(['OPPOSES person:clara-mota person:tomas-ruiz']);
  });

  it('gives nothing when negated or when the descriptor holds a preposition', () => {
    expect(triples('Peru was never praised by mining tycoon Ines Vidal.', [peru, ines])).toEqual(
      [],
    );
    expect(triples('Peru was attacked by friends of Ines Vidal.', [peru, ines])).toEqual([]);
  });
});

describe("extractRelations: one of an actor's critics or supporters", () => {
  it('reads "X is one of Y\'s fiercest critics", "X has become one of Y\'s backers"', () => {
    expect(triples("Ines Vidal is one of Tomas Ruiz's fiercest critics.", [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(
      triples("Clara Mota has become one of Tomas Ruiz's most loyal backers.", [clara, tomas]),
    ).toEqual(['SUPPORTS person:clara-mota person:tomas-ruiz']);
    expect(triples("Vidal, one of Ruiz's critics, spoke first.", [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
  });

  it('gives nothing when negated or past', () => {
    expect(triples("Ines Vidal is not one of Tomas Ruiz's critics.", [ines, tomas])).toEqual([]);
    expect(triples("Clara Mota was once one of Tomas Ruiz's backers.", [clara, tomas])).toEqual([]);
  });
});

describe('extractRelations: a participle opening the sentence', () => {
  it('shares the subject of the main clause after its comma', () => {
    expect(
      triples('Criticising Peru for its tariffs, Chile recalled its envoy.', [peru, chile]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(triples('Openly praising Brazil, Ines Vidal left the summit.', [brazil, ines])).toEqual([
      'SUPPORTS person:ines-vidal state:BRA',
    ]);
  });

  it('gives nothing for a gerund subject, a question, or a list across the comma', () => {
    expect(triples('Attacking Peru would be a mistake, Chile said.', [peru, chile])).toEqual([]);
    expect(triples('Criticising Peru, did Chile recall its envoy?', [peru, chile])).toEqual([]);
    expect(
      triples('Criticising Peru, Chile and Brazil walked out.', [peru, chile, brazil]),
    ).toEqual([]);
  });
});

describe('extractRelations: warrants and demands for restraint', () => {
  it('reads "issued arrest warrants for X" and "urged the Y to exercise restraint"', () => {
    expect(
      triples('Brazil has issued arrest warrants for Tomas Ruiz and two aides.', [brazil, tomas]),
    ).toEqual(['OPPOSES state:BRA person:tomas-ruiz']);
    expect(triples('Japan urged the Peruvians to exercise restraint.', [japan, peruvians])).toEqual(
      ['OPPOSES state:JPN state:PER'],
    );
  });

  it('gives nothing when negated', () => {
    expect(
      triples('Brazil has not issued arrest warrants for Tomas Ruiz.', [brazil, tomas]),
    ).toEqual([]);
    expect(
      triples('Japan did not urge the Peruvians to exercise restraint.', [japan, peruvians]),
    ).toEqual([]);
  });
});

describe("extractRelations: a party or state opening a passive agent's descriptor", () => {
  it('gives the person, not the party: "was praised by Chilean President X"', () => {
    expect(
      triples('Peru was praised by Chilean opposition leader Ines Vidal.', [peru, chile, ines]),
    ).toEqual(['SUPPORTS person:ines-vidal state:PER']);
    expect(triples('Peru was praised by Chile and Brazil.', [peru, chile, brazil])).toEqual([
      'SUPPORTS state:BRA state:PER',
      'SUPPORTS state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: things an actor issues', () => {
  it('reads "posted a reply that assailed Y" and "filed a brief supporting Y"', () => {
    expect(triples('Ines Vidal posted a reply that assailed Tomas Ruiz.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples('Acme Holdings filed a brief supporting Peru.', [acme, peru])).toEqual([
      'SUPPORTS org:acme-holdings state:PER',
    ]);
    // Nested: the brief is rejected, and its stance is not the subject's.
    expect(triples('Acme Holdings rejected a brief supporting Peru.', [acme, peru])).toEqual([]);
  });
});
