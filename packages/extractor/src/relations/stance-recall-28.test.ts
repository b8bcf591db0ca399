import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance recall on constructions of news English the rules missed (issue 10, stop 28), on
// sentences written for these tests: each with a negated, modal or question form that gives none.

const { chile, peru, germany, france, brazil } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const wire: EntitySpec = { id: 'org:acme-wire', type: 'Organization', names: ['Acme Wire'] };
const college: EntitySpec = {
  id: 'org:lima-college',
  type: 'Organization',
  names: ['Lima College'],
};

describe('extractRelations: the complement of a "from" stance noun after its source', () => {
  it('aims "complaints from X about Y" at Y, not at the clause\'s subject who reports them', () => {
    expect(
      stanceTriples('Acme Wire reported a string of complaints from Chile about Peru’s plans.', [
        wire,
        chile,
        peru,
      ]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('reads "criticism from X of Y\'s plan" and "protests from X against Y" the same way', () => {
    expect(
      stanceTriples('Acme Wire cited criticism from Chile of Peru’s budget.', [wire, chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples('Acme Wire covered protests from Chile against Peru.', [wire, chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('keeps the subject as the target when no complement follows ("X faced complaints from Y")', () => {
    expect(stanceTriples('Peru faced complaints from Chile.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('reads "of" after a person as where the person belongs, not as the target', () => {
    expect(
      stanceTriples('Peru faced criticism from Mara Quist of Lima College.', [
        peru,
        mara,
        college,
      ]).filter((triple) => triple.includes('lima-college')),
    ).toEqual([]);
  });

  it('gives nothing when the report is denied or asked about', () => {
    expect(
      stanceTriples('Acme Wire did not report complaints from Chile about Peru.', [
        wire,
        chile,
        peru,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Did Acme Wire report complaints from Chile about Peru?', [wire, chile, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: complaints as a stance noun', () => {
  it('reads "X\'s complaints about Y" as X opposing Y', () => {
    expect(
      stanceTriples('Germany’s complaints about France’s tariffs grew louder.', [germany, france]),
    ).toEqual(['OPPOSES state:DEU state:FRA']);
  });

  it('gives the one who receives or meets complaints or criticism no stance', () => {
    expect(stanceTriples('Germany received complaints about France.', [germany, france])).toEqual(
      [],
    );
    expect(
      stanceTriples('Germany faced fierce criticism of France on Monday.', [germany, france]),
    ).toEqual([]);
  });

  it('keeps a stance noun the subject voices ("X voiced criticism of Y")', () => {
    expect(stanceTriples('Germany voiced criticism of France.', [germany, france])).toEqual([
      'OPPOSES state:DEU state:FRA',
    ]);
  });
});

describe('extractRelations: an act stated as certain is a fact', () => {
  it('reads "will be sure to accuse" and "are sure to blame" as the act', () => {
    expect(
      stanceTriples('Chile will be sure to accuse Peru of stalling the talks.', [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stanceTriples('Chile is sure to blame Peru for the delay.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('reads "is set to back" as the act', () => {
    expect(stanceTriples('Brazil is set to back Peru in the vote.', [brazil, peru])).toEqual([
      'SUPPORTS state:BRA state:PER',
    ]);
  });

  it('keeps a plain prediction, a negation, a modal and a question as no fact', () => {
    expect(stanceTriples('Chile will accuse Peru of stalling the talks.', [chile, peru])).toEqual(
      [],
    );
    expect(
      stanceTriples('Chile will not be sure to accuse Peru of stalling.', [chile, peru]),
    ).toEqual([]);
    expect(stanceTriples('Chile may be sure to accuse Peru of stalling.', [chile, peru])).toEqual(
      [],
    );
    expect(stanceTriples('Is Chile sure to accuse Peru of stalling?', [chile, peru])).toEqual([]);
  });
});

describe('extractRelations: past verbs listed after a comma share the subject', () => {
  it('reads "X criticised A for ..., blasted B for ..." as X opposing both', () => {
    expect(
      stanceTriples(
        'Mara Quist criticised Chile for treating Brazil as a rival, blasted Peru for its greed.',
        [mara, chile, brazil, peru],
      ),
    ).toEqual(['OPPOSES person:mara-quist state:CHL', 'OPPOSES person:mara-quist state:PER']);
  });

  it('steps over "then" after the comma', () => {
    expect(
      stanceTriples(
        'Mara Quist criticised Chile for its budget, then praised Peru for its reforms.',
        [mara, chile, peru],
      ),
    ).toEqual(['OPPOSES person:mara-quist state:CHL', 'SUPPORTS person:mara-quist state:PER']);
  });

  it("gives a subordinate or relative clause's subject no second verb of the main clause", () => {
    expect(
      stanceTriples('When Tomas Reyes criticised Chile for its budget, Mara Quist blasted Peru.', [
        tomas,
        mara,
        chile,
        peru,
      ]),
    ).toEqual(['OPPOSES person:mara-quist state:PER', 'OPPOSES person:tomas-reyes state:CHL']);
    expect(
      stanceTriples('Chile, which Tomas Reyes criticised for its budget, blasted Peru.', [
        tomas,
        chile,
        peru,
      ]).filter((triple) => triple.startsWith('OPPOSES person:tomas-reyes state:PER')),
    ).toEqual([]);
  });

  it('leaves a present-tense verb and a participle after the comma alone', () => {
    expect(
      stanceTriples('Mara Quist criticised Chile for its budget, accused of fraud by Peru.', [
        mara,
        chile,
        peru,
      ]).filter((triple) => triple.endsWith('state:PER')),
    ).toEqual([]);
  });

  it('does not let a question state the second verb', () => {
    expect(
      stanceTriples('Did Mara Quist criticise Chile for its budget, and blast Peru?', [
        mara,
        chile,
        peru,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: going somewhere to act, and a negated hesitation', () => {
  it('reads "took to the floor to denounce" and "appeared on television to defend"', () => {
    expect(
      stanceTriples('Mara Quist took to the floor to denounce comments by Tomas Reyes.', [
        mara,
        tomas,
      ]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
    expect(
      stanceTriples('Mara Quist appeared on television to defend Peru.', [mara, peru]),
    ).toEqual(['SUPPORTS person:mara-quist state:PER']);
  });

  it('keeps other purposes, futures, negations and questions as no fact', () => {
    expect(stanceTriples('Chile took the train to Lima to criticise Peru.', [chile, peru])).toEqual(
      [],
    );
    expect(stanceTriples('Chile will take to the stage to criticise Peru.', [chile, peru])).toEqual(
      [],
    );
    expect(
      stanceTriples('Chile did not take to the floor to denounce Peru.', [chile, peru]),
    ).toEqual([]);
    expect(stanceTriples('Did Chile take to the floor to denounce Peru?', [chile, peru])).toEqual(
      [],
    );
  });

  it('reads "did not hesitate to", "not shy about" and "never afraid to" as the act', () => {
    expect(stanceTriples('Chile did not hesitate to criticise Peru.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(
      stanceTriples('Chile was not shy about criticising Peru for its budget.', [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stanceTriples('Chile was never afraid to back Peru.', [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('keeps a plain hesitation or fear as no fact', () => {
    expect(stanceTriples('Chile hesitated to criticise Peru.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile was afraid to criticise Peru.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile did not criticise Peru.', [chile, peru])).toEqual([]);
  });
});
