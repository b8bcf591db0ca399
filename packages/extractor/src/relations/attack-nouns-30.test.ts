import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// Strikes, raids and revenge aimed at an actor, designations and deterrence (issue 10, stop 30),
// on sentences written for these tests.

const { chile, peru, brazil } = STATES;
const front: EntitySpec = { id: 'org:red-front', type: 'Organization', names: ['Red Front'] };
const all = [chile, peru, brazil, front];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: strikes, raids and revenge against an actor', () => {
  it.each([
    'Chile launched air strikes against the Red Front.',
    'Chile carried out a strike on the Red Front.',
    'Chile launched airstrikes against the Red Front on Monday.',
    'Chile staged raids against the Red Front.',
    'Chile vowed revenge against the Red Front.',
    'Chile vowed to take revenge on the Red Front.',
  ])('gives OPPOSES for %j', (text) => {
    expect(triples(text)).toEqual(['OPPOSES state:CHL org:red-front']);
  });

  it.each([
    'Chile did not launch strikes against the Red Front.',
    'Chile might launch strikes against the Red Front.',
    'Did Chile launch strikes against the Red Front?',
    'Workers in Chile went on strike against low pay.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractRelations: designating an actor a terrorist group', () => {
  it('gives OPPOSES for "designated Y (as) a terrorist organization"', () => {
    expect(triples('Peru designated the Red Front a terrorist organization.')).toEqual([
      'OPPOSES state:PER org:red-front',
    ]);
    expect(triples('Peru designated the Red Front as a terrorist group.')).toEqual([
      'OPPOSES state:PER org:red-front',
    ]);
  });

  it('gives nothing for a neutral designation or a modal one', () => {
    expect(triples('Peru designated Brazil as its partner for the summit.')).not.toContain(
      'OPPOSES state:PER state:BRA',
    );
    expect(triples('Peru may designate the Red Front a terrorist organization.')).toEqual([]);
  });
});

describe('extractRelations: deterring an actor', () => {
  it('gives OPPOSES for "sought to deter Y"', () => {
    expect(triples('Brazil sought to deter Chile.')).toEqual(['OPPOSES state:BRA state:CHL']);
  });

  it('gives nothing when the deterring is negated or is done by a thing', () => {
    expect(triples('Brazil did not deter Chile.')).toEqual([]);
    expect(triples('The high price deterred buyers in Chile.')).toEqual([]);
  });
});

describe('extractRelations: a purpose infinitive after sending or deploying', () => {
  it.each([
    ['Brazil sent warships to the region to deter Chile.', 'OPPOSES state:BRA state:CHL'],
    ['Brazil massed troops on the border to threaten Peru.', 'OPPOSES state:BRA state:PER'],
    ['Chile deployed troops to the north to deter Peru.', 'OPPOSES state:CHL state:PER'],
    ['Peru sent weapons to the capital to help Chile.', 'SUPPORTS state:PER state:CHL'],
  ])('gives the subject the infinitive’s stance: %j', (text, triple) => {
    expect(triples(text)).toEqual([triple]);
  });

  it.each([
    'Brazil did not send warships to the region to deter Chile.',
    'Brazil may send warships to the region to deter Chile.',
    'Brazil sent a delegation to the capital to meet Chile.',
  ])('gives nothing for %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractRelations: impeachment, countersuits, annexation, reversals, protests', () => {
  const ana = { id: 'person:ana-torres', type: 'Person' as const, names: ['Ana Torres', 'Torres'] };
  const luis = { id: 'person:luis-mota', type: 'Person' as const, names: ['Luis Mota', 'Mota'] };
  const people = (text: string): string[] => stanceTriples(text, [...all, ana, luis]);

  it.each([
    ['The Red Front impeached Ana Torres.', 'OPPOSES org:red-front person:ana-torres'],
    ['The Red Front countersued Ana Torres.', 'OPPOSES org:red-front person:ana-torres'],
    ['Chile annexed the island from Peru.', 'OPPOSES state:CHL state:PER'],
    ["Luis Mota reversed Ana Torres's decision.", 'OPPOSES person:luis-mota person:ana-torres'],
    [
      "Luis Mota walked out in protest at Ana Torres's plan.",
      'OPPOSES person:luis-mota person:ana-torres',
    ],
  ])('gives the stance for %j', (text, triple) => {
    expect(people(text)).toEqual([triple]);
  });

  it.each([
    'The Red Front did not impeach Ana Torres.',
    'The Red Front may impeach Ana Torres.',
    'Chile annexed the island in 1884.',
    'Luis Mota reversed course on Monday.',
  ])('gives nothing for %j', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('extractRelations: gerunds that are no act of the clause subject', () => {
  const ana = { id: 'person:ana-torres', type: 'Person' as const, names: ['Ana Torres', 'Torres'] };
  const luis = { id: 'person:luis-mota', type: 'Person' as const, names: ['Luis Mota', 'Mota'] };
  const people = (text: string): string[] => stanceTriples(text, [...all, ana, luis]);

  it('reads no stance from something talked of or alleged ("talk of impeaching Y")', () => {
    expect(people('Luis Mota dismissed talk of impeaching Ana Torres.')).toEqual([]);
    expect(people('Luis Mota mocked the idea of attacking Ana Torres.')).toEqual([]);
    expect(people('Luis Mota denied accusations of attacking Ana Torres.')).toEqual([]);
  });

  it('keeps a gerund of manner that hangs on the subject’s own verb', () => {
    expect(people('Luis Mota responded by attacking Ana Torres.')).toEqual([
      'OPPOSES person:luis-mota person:ana-torres',
    ]);
  });

  it('gives a "by" gerund after the object’s own gerund to no one in the clause', () => {
    const text = 'Luis Mota praised Chile for helping Brazil by criticising Ana Torres.';
    expect(people(text)).not.toContain('OPPOSES person:luis-mota person:ana-torres');
  });
});

describe('extractRelations: joining a coalition against an actor', () => {
  it('gives OPPOSES toward the actor and no membership of it', () => {
    expect(triples('Peru joined the coalition against the Red Front.')).toEqual([
      'OPPOSES state:PER org:red-front',
    ]);
    expect(triples('Peru joined a regional alliance against the Red Front.')).toEqual([
      'OPPOSES state:PER org:red-front',
    ]);
  });

  it('gives nothing when the joining is negated', () => {
    expect(triples('Peru refused to join the coalition against the Red Front.')).toEqual([]);
  });
});

describe('extractRelations: arming an actor, a commitment to it', () => {
  it('gives SUPPORTS for "armed Y" and "X\'s commitment to Y"', () => {
    expect(triples('Chile armed the Red Front.')).toEqual(['SUPPORTS state:CHL org:red-front']);
    expect(triples("Peru reaffirmed Brazil's commitment to Chile.")).toEqual([
      'SUPPORTS state:BRA state:CHL',
    ]);
  });

  it('reads "arms" as a noun: an arms embargo on Y is no support of anyone', () => {
    expect(triples('Chile imposed an arms embargo on Peru.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: the act of an accused or praised object', () => {
  it('gives the subject no stance from the object’s gerund', () => {
    expect(triples('Chile accused the West of arming Peru.')).toEqual([]);
    expect(triples('Chile praised the court for backing Peru.')).toEqual([]);
  });

  it('keeps the accusation of a named actor and the subject’s own "of" gerund', () => {
    expect(triples('Chile accused Brazil of arming Peru.')).toEqual([
      'OPPOSES state:CHL state:BRA',
    ]);
    expect(triples('Chile spoke of backing Peru.')).toEqual(['SUPPORTS state:CHL state:PER']);
  });

  it('gives a gerund joined to the accused act to no one ("of hiding and backing Y")', () => {
    expect(triples('Chile accused Brazil of hiding and backing Peru.')).toEqual([
      'OPPOSES state:CHL state:BRA',
    ]);
  });
});

describe('extractRelations: a state named before a company noun and the company', () => {
  const veltra: EntitySpec = { id: 'org:veltra', type: 'Organization', names: ['Veltra'] };
  const { us, france } = STATES;

  it('points at the company, not its state ("the US airline Veltra")', () => {
    const text = 'France brought charges against the US airline Veltra.';
    expect(stanceTriples(text, [us, france, veltra])).toEqual(['OPPOSES state:FRA org:veltra']);
  });

  it('keeps the state when no company is named after the noun', () => {
    expect(stanceTriples('France criticised the US government.', [us, france])).toEqual([
      'OPPOSES state:FRA state:USA',
    ]);
  });
});
