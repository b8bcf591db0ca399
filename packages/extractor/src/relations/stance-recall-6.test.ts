import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance constructions found missing on the training split of the stance data (issue 10), each
// on sentences written for these tests, with a twin that must give nothing.

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');
const andean: EntitySpec = { id: 'group:andean-nations', type: 'Group', names: ['Andean nations'] };

describe('extractRelations: a stance that "will continue"', () => {
  it('reads "will continue to" and "will keep" as a stance that holds and goes on', () => {
    expect(stanceTriples('Brazil will continue to support Chile.', [brazil, chile])).toEqual([
      'SUPPORTS state:BRA state:CHL',
    ]);
    expect(
      stanceTriples('Ines Vidal will also continue to criticise Tomas Ruiz.', [ines, tomas]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
    expect(stanceTriples('Peru will keep backing Chile in the talks.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('still reads a bare "will" or a modal before "continue" as no fact', () => {
    expect(stanceTriples('Brazil will support Chile at the summit.', [brazil, chile])).toEqual([]);
    expect(stanceTriples('Brazil should continue to support Chile.', [brazil, chile])).toEqual([]);
    expect(
      stanceTriples('Brazil will continue talks before it backs Chile.', [brazil, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: verbs of aversion', () => {
  it('reads "despises", "dislikes", "loathes" with the actor right after the verb', () => {
    expect(stanceTriples('Ines Vidal openly despises Tomas Ruiz.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(stanceTriples("Peru dislikes Chile's new tariff.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing when an infinitive or a clause follows the verb', () => {
    expect(
      stanceTriples('Ines Vidal hates to admit that Tomas Ruiz was right.', [ines, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples('Peru dislikes the idea that Chile might host the games.', [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: "confront" and "under attack from"', () => {
  it('reads a confrontation and an attack suffered', () => {
    expect(
      stanceTriples('Ines Vidal confronted Tomas Ruiz about his budget.', [ines, tomas]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
    expect(stanceTriples('Chile came under attack from Peru over fishing.', [peru, chile])).toEqual(
      ['OPPOSES state:PER state:CHL'],
    );
  });

  it('gives nothing for an attack from a place or a confrontation with no actor', () => {
    expect(
      stanceTriples('Chile is under attack from critics at home, Peru said.', [peru, chile]),
    ).toEqual([]);
    expect(
      stanceTriples('Ines Vidal confronted the crisis before Tomas Ruiz arrived.', [ines, tomas]),
    ).toEqual([]);
  });
});

describe('extractRelations: a perfect of a verb whose past is its lemma', () => {
  it('reads "has hit back at" and "has cut ties with"', () => {
    expect(stanceTriples("Tomas Ruiz has hit back at Ines Vidal's claim.", [ines, tomas])).toEqual([
      'OPPOSES person:tomas-ruiz person:ines-vidal',
    ]);
    expect(stanceTriples('Peru has cut ties with Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing for a perfect "hit" that is not the stance phrase', () => {
    expect(stanceTriples('Peru has hit back after the storm, Chile said.', [peru, chile])).toEqual(
      [],
    );
  });
});

describe('extractRelations: a judgement in quotation marks or before the actor', () => {
  it('reads a judgement quoted right after the judged actor', () => {
    expect(stanceTriples('Ines Vidal called Tomas Ruiz "unhinged".', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(stanceTriples('Peru called Chile “a reliable partner.”', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(stanceTriples('Ines Vidal said Tomas Ruiz was brave.', [ines, tomas])).toEqual([
      'SUPPORTS person:ines-vidal person:tomas-ruiz',
    ]);
  });

  it('gives nothing when the quoted judgement is about something else', () => {
    expect(
      stanceTriples('Ines Vidal called the "Tomas Ruiz" song "unhinged".', [ines, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples('Ines Vidal said the brave rescuers met Tomas Ruiz.', [ines, tomas]),
    ).toEqual([]);
  });

  it('lets a verb reach an actor that a judging word describes', () => {
    expect(stanceTriples('Ines Vidal praised the brilliant Tomas Ruiz.', [ines, tomas])).toEqual([
      'SUPPORTS person:ines-vidal person:tomas-ruiz',
    ]);
    expect(stanceTriples("Peru condemned 'reckless' Chile on Monday.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: phrasal verbs of attack and nouns of rebuke or defence', () => {
  it('reads "sang the praises of"', () => {
    expect(stanceTriples('Peru has sung the praises of Chile for years.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(stanceTriples('Peru sang a song for Chile.', [peru, chile])).toEqual([]);
  });

  it('reads "tore into", "laid into", "heaped criticism on"', () => {
    expect(stanceTriples('Ines Vidal tore into Tomas Ruiz on Monday.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(stanceTriples('Peru heaped criticism on Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('reads "X\'s rebuke of Y" and "X\'s defence of Y"', () => {
    expect(stanceTriples("Peru's rebuke of Chile was sharp.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples("Brazil's defence of Chile angered voters.", [brazil, chile])).toEqual([
      'SUPPORTS state:BRA state:CHL',
    ]);
  });

  it('gives nothing for a storm that tore into a place or a rebuke that no actor owns', () => {
    expect(stanceTriples('The storm tore into Chile on Monday.', [chile])).toEqual([]);
    expect(
      stanceTriples("The rebuke of Chile was sharp, Peru's voters said.", [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: an advert acts for its owner; "particularly" lists members', () => {
  it('reads "X\'s ad accuses Y" and "a group, particularly Y"', () => {
    expect(stanceTriples("Peru's new ad accuses Chile of lying.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Peru accused Andean nations, particularly Chile, of meddling.', [
        peru,
        chile,
        andean,
      ]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives nothing when the advert only shows the actor', () => {
    expect(stanceTriples('A Peru video shows Chile at the summit.', [peru, chile])).toEqual([]);
  });
});

describe('extractRelations: an aside after the subject does not deny the verb', () => {
  it('reads the verb after an apposition holding a proposal word', () => {
    expect(
      stanceTriples('Ines Vidal, a senator considering a run, accused Tomas Ruiz of lying.', [
        ines,
        tomas,
      ]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
  });

  it('still denies a verb whose modal follows the aside', () => {
    expect(
      stanceTriples('Ines Vidal, a senator, may accuse Tomas Ruiz of lying.', [ines, tomas]),
    ).toEqual([]);
    expect(stanceTriples('Ines Vidal, if elected, will attack Tomas Ruiz.', [ines, tomas])).toEqual(
      [],
    );
  });
});

describe('extractRelations: a verdict a speaker reports of an actor', () => {
  it('reads "X said Y should resign / could not be trusted / did nothing wrong"', () => {
    expect(stanceTriples('Ines Vidal said Tomas Ruiz should resign.', [ines, tomas])).toEqual([
      'OPPOSES person:ines-vidal person:tomas-ruiz',
    ]);
    expect(stanceTriples('Peru said Chile could not be trusted.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stanceTriples('Brazil says Chile did nothing wrong.', [brazil, chile])).toEqual([
      'SUPPORTS state:BRA state:CHL',
    ]);
  });

  it('gives nothing for a question, a negated verdict or a verdict on someone else', () => {
    expect(
      stanceTriples('Ines Vidal asked whether Tomas Ruiz should resign.', [ines, tomas]),
    ).toEqual([]);
    expect(stanceTriples('Ines Vidal said Tomas Ruiz should not resign.', [ines, tomas])).toEqual(
      [],
    );
    expect(
      stanceTriples("Ines Vidal said Tomas Ruiz's driver should resign.", [ines, tomas]),
    ).toEqual([]);
  });
});

describe('extractRelations: an infinitive the subject takes up', () => {
  it('reads "was the first to" and "took the opportunity to" as stating the act', () => {
    expect(stanceTriples('Peru was the first to congratulate Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Ines Vidal took the opportunity to criticise Tomas Ruiz.', [ines, tomas]),
    ).toEqual(['OPPOSES person:ines-vidal person:tomas-ruiz']);
  });

  it('still denies the act under a modal or a wish', () => {
    expect(stanceTriples('Peru would be the first to congratulate Chile.', [peru, chile])).toEqual(
      [],
    );
    expect(
      stanceTriples('Peru wants to take the opportunity to criticise Chile.', [peru, chile]),
    ).toEqual([]);
  });
});
