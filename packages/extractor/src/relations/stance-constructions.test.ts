import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

// Stance constructions read on sentences written for these tests: each positive case has a
// negated, questioned or conditional twin that must give nothing.

const { brazil, chile, peru, japan } = STATES;
const person = (id: string, ...names: string[]): EntitySpec => ({
  id: `person:${id}`,
  type: 'Person',
  names,
});
const ines = person('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = person('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');
const clara = person('clara-mota', 'Clara Mota', 'Mota');
const may = person('helen-may', 'Helen May');
const acme: EntitySpec = {
  id: 'org:acme-holdings',
  type: 'Organization',
  names: ['Acme Holdings'],
};

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: adjectives of stance after a copula', () => {
  it('reads "critical of", "opposed to", "hostile to" and "supportive of"', () => {
    expect(triples('Peru has been sharply critical of Brazil.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(triples('Chile is firmly opposed to Peru on fishing rights.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(triples('Japan, long hostile to Chile, abstained.', [japan, chile])).toEqual([
      'OPPOSES state:JPN state:CHL',
    ]);
    expect(triples('Brazil remains supportive of Chile.', [brazil, chile])).toEqual([
      'SUPPORTS state:BRA state:CHL',
    ]);
  });

  it('gives nothing when negated, asked or supposed', () => {
    expect(triples('Peru was never critical of Brazil.', [peru, brazil])).toEqual([]);
    expect(triples('Is Chile opposed to Peru?', [chile, peru])).toEqual([]);
    expect(
      triples('If Brazil were supportive of Chile, it would say so.', [brazil, chile]),
    ).toEqual([]);
  });

  it('does not read "as opposed to" or "critical that" as a stance', () => {
    expect(triples('Peru, as opposed to Brazil, grew last year.', [peru, brazil])).toEqual([]);
    expect(triples('It is critical that Peru and Brazil agree.', [peru, brazil])).toEqual([]);
  });
});

describe('extractRelations: stance idioms', () => {
  it('reads praise lavished on, ranks closed behind and a stand taken against', () => {
    expect(triples('Ines Vidal lavished praise on Tomas Ruiz.', [ines, tomas])).toEqual([
      'SUPPORTS person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples('Chile threw its weight behind Peru.', [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(triples('Brazil took a stand against Chile.', [brazil, chile])).toEqual([
      'OPPOSES state:BRA state:CHL',
    ]);
  });

  it('takes the source after "under fire from" and "the ire of"', () => {
    expect(triples('Peru came under fire from Chile.', [peru, chile])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(triples('Chile drew the ire of Japan.', [chile, japan])).toEqual([
      'OPPOSES state:JPN state:CHL',
    ]);
  });

  it('reads a party closing ranks behind a candidate', () => {
    expect(triples('Peru has solidified behind Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing for the negated idiom', () => {
    expect(triples('Chile did not throw its weight behind Peru.', [chile, peru])).toEqual([]);
  });
});

describe('extractRelations: clauses joined by ", and"', () => {
  it('does not run an object list into the next clause', () => {
    expect(
      triples('Peru condemned Chile, and Brazil backed Japan.', [peru, chile, brazil, japan]),
    ).toEqual(['OPPOSES state:PER state:CHL', 'SUPPORTS state:BRA state:JPN']);
    expect(
      triples('Ines Vidal praised Tomas Ruiz, and Clara Mota disagreed.', [ines, tomas, clara]),
    ).toEqual(['SUPPORTS person:ines-vidal person:tomas-ruiz']);
  });

  it('still distributes over a list closed by ", and"', () => {
    expect(
      triples('Peru condemned Chile, Japan, and Brazil.', [peru, chile, japan, brazil]),
    ).toEqual([
      'OPPOSES state:PER state:BRA',
      'OPPOSES state:PER state:CHL',
      'OPPOSES state:PER state:JPN',
    ]);
  });
});

describe('extractRelations: subject phrases', () => {
  it('reads a person with an affiliation as the subject', () => {
    expect(
      triples('Ines Vidal of Acme Holdings criticised Tomas Ruiz.', [ines, acme, tomas]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
  });

  it('coordinates two names that each carry a bracket', () => {
    expect(
      triples('Ines Vidal (D-Ore.) and Clara Mota (R-Ky.) criticised Tomas Ruiz.', [
        ines,
        clara,
        tomas,
      ]),
    ).toEqual([
      'OPPOSES person:clara-mota person:tomas-ruiz',
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
  });

  it('does not take a surname or a month spelt "May" for the modal', () => {
    expect(triples('Helen May condemned Tomas Ruiz.', [may, tomas])).toEqual([
      'OPPOSES person:helen-may person:tomas-ruiz',
    ]);
    expect(triples('Peru in May condemned Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(triples('Peru may condemn Chile.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: judging a person by name-calling', () => {
  it('reads "called Y a liar" and "described Y as a hero"', () => {
    expect(triples('Ines Vidal called Tomas Ruiz a liar.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples('Clara Mota described Tomas Ruiz as a hero.', [clara, tomas])).toEqual([
      'SUPPORTS person:clara-mota person:tomas-ruiz',
    ]);
  });

  it('reads a judging adjective on what a person said or did', () => {
    expect(triples("Ines Vidal called Tomas Ruiz's remarks racist.", [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(triples("Clara Mota said Tomas Ruiz's record was outstanding.", [clara, tomas])).toEqual(
      ['SUPPORTS person:clara-mota person:tomas-ruiz'],
    );
  });

  it('gives nothing when the judgement is denied', () => {
    expect(triples('Ines Vidal never called Tomas Ruiz a liar.', [ines, tomas])).toEqual([]);
  });
});

describe('extractRelations: predicates joined by "but"', () => {
  it('lets the verb after "but" share the subject, outside the first verb\'s negation', () => {
    expect(
      triples('Peru refused to back Chile but praised Brazil.', [peru, chile, brazil]),
    ).toEqual(['SUPPORTS state:PER state:BRA']);
    expect(
      triples('Peru not only criticised Chile but also condemned Brazil.', [peru, chile, brazil]),
    ).toEqual(['OPPOSES state:PER state:BRA', 'OPPOSES state:PER state:CHL']);
  });

  it('keeps a modal or negation that follows "but"', () => {
    expect(
      triples('Peru refused to back Chile but might praise Brazil.', [peru, chile, brazil]),
    ).toEqual([]);
    expect(
      triples('Peru criticised Chile but did not condemn Brazil.', [peru, chile, brazil]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });
});

describe('extractRelations: stance carried by a thing an actor issued', () => {
  it("reads a relative clause on a report or statement as its issuer's stance", () => {
    expect(triples('Peru released a report that criticised Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      triples("Brazil's statement, which praises Japan, was read out.", [brazil, japan]),
    ).toEqual(['SUPPORTS state:BRA state:JPN']);
  });

  it('does not read the content of a statement as a relative clause', () => {
    expect(triples('Peru issued a statement that Chile had condemned.', [peru, chile])).toEqual([]);
  });

  it('gives the first verb no object inside a nested stance, and the nested one no subject', () => {
    expect(triples('Peru rejected a report that criticised Chile.', [peru, chile])).toEqual([]);
    expect(triples('Peru rejected a report criticising Chile.', [peru, chile])).toEqual([]);
    // Brazil condemns too, read by joined-in.ts, not as the nested verb's subject.
    expect(triples('Peru joined Brazil in condemning Chile.', [peru, brazil, chile])).toEqual([
      'OPPOSES state:BRA state:CHL',
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('keeps the subject of a cue that completes the first verb', () => {
    expect(triples('Peru has assisted in backing Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('gives nothing for a negated relative clause', () => {
    expect(triples('Peru released a report that did not criticise Chile.', [peru, chile])).toEqual(
      [],
    );
  });
});

describe('extractRelations: "him" and "her" as the object of a stance verb', () => {
  const ana = person('ana-souza', 'Ana Souza');
  const john = person('john-hale', 'John Hale');
  const mark = person('mark-bell', 'Mark Bell');

  it('points at the one person of that gender named before', () => {
    expect(
      triples('John Hale spoke first. Ana Souza later accused him of lying.', [john, ana]),
    ).toEqual(['OPPOSES person:ana-souza person:john-hale']);
    expect(triples('After Ana Souza spoke, Mark Bell praised her.', [ana, mark])).toEqual([
      'SUPPORTS person:mark-bell person:ana-souza',
    ]);
  });

  it('gives nothing for two candidates, the other gender, a possessive or a negation', () => {
    expect(
      triples('John Hale met Mark Bell. Ana Souza later accused him of lying.', [john, mark, ana]),
    ).toEqual([]);
    expect(triples('John Hale spoke first. Ana Souza later praised her.', [john, ana])).toEqual([]);
    expect(triples('Ana Souza spoke first. Mark Bell praised her record.', [ana, mark])).toEqual(
      [],
    );
    expect(triples('John Hale spoke first. Ana Souza did not criticise him.', [john, ana])).toEqual(
      [],
    );
  });
});

describe('extractRelations: nominal stances with their agent after the complement', () => {
  it('reads "criticism of Y by X" and "won the backing of X"', () => {
    expect(triples('The condemnation of Chile by Peru was swift.', [chile, peru])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(triples('Brazil won the backing of Japan for the plan.', [brazil, japan])).toEqual([
      'SUPPORTS state:JPN state:BRA',
    ]);
  });

  it('does not read "the support of X" after a verb as support for the subject', () => {
    expect(triples('Peru criticised the support of Chile for the rebels.', [peru, chile])).toEqual(
      [],
    );
  });
});

describe('extractRelations: a descriptor opening the sentence', () => {
  it('reads a name after a descriptor of up to four words as the subject', () => {
    expect(triples('Veteran talk show host Ines Vidal praised Tomas Ruiz.', [ines, tomas])).toEqual(
      ['SUPPORTS person:ines-vidal person:tomas-ruiz'],
    );
  });

  it('does not read a name inside a prepositional phrase as the subject', () => {
    expect(triples('The son of envoy Ines Vidal denounced Tomas Ruiz.', [ines, tomas])).toEqual([]);
  });
});

describe('an act done to its complement ("the purchase of Y")', () => {
  it('gives no stance toward what the act is done to', () => {
    expect(triples('Brazil backed the purchase of Acme Holdings.', [brazil, acme])).toEqual([]);
    expect(triples('Ines Vidal backs a state grab for Acme Holdings.', [ines, acme])).toEqual([]);
  });

  it('points at the doer when a "by" phrase names one', () => {
    expect(
      triples('Brazil defended the purchase of the mine by Acme Holdings.', [brazil, acme]),
    ).toEqual(['SUPPORTS state:BRA org:acme-holdings']);
  });

  it('still reads an owner\'s plan ("backed the plan of Y")', () => {
    expect(triples('Brazil backed the plan of Acme Holdings.', [brazil, acme])).toEqual([
      'SUPPORTS state:BRA org:acme-holdings',
    ]);
  });
});
