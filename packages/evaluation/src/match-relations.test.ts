import { describe, expect, it } from 'vitest';
import type { GoldRelation } from './gold-schema.js';
import { matchEntities } from './match-entities.js';
import { scoreRelations } from './match-relations.js';
import { goldEntity, goldFile, predictedDocument, type RelationRow } from './test-fixtures.js';

const entities = [
  goldEntity('france', 'State', ['France', 'French']),
  goldEntity('germany', 'State', ['Germany']),
  goldEntity('usa', 'State', ['United States', 'U.S.']),
  goldEntity('trump', 'Person', ['Donald Trump', 'Trump']),
  goldEntity('nato', 'Organization', ['NATO']),
  goldEntity('ministry', 'Organization', ['French Foreign Ministry'], false),
  goldEntity('paris', 'Location', ['Paris'], false),
];
const extracted = predictedDocument([
  ['state:FRA', 'State', 'France'],
  ['state:DEU', 'State', 'Germany'],
  ['state:USA', 'State', 'United States'],
  ['person:trump', 'Person', 'Trump'],
  ['org:nato', 'Organization', 'NATO'],
  ['org:ministry', 'Organization', 'French Foreign Ministry'],
  ['loc:paris', 'Location', 'Paris'],
  ['person:nobody', 'Person', 'John Nobody'],
]).entities;

const rel = (
  type: GoldRelation['type'],
  source: string,
  target: string,
  more: Partial<GoldRelation> = {},
) => ({
  type,
  source,
  target,
  required: true,
  ...more,
});

function score(relations: GoldRelation[], rows: RelationRow[]) {
  const gold = goldFile({ entities, relations });
  const predicted = { ...predictedDocument([], rows), entities: extracted };
  return scoreRelations({ gold, predicted, keyOf: matchEntities(entities, extracted).keyOf });
}

describe('scoreRelations', () => {
  it('matches (type, source, target) after mapping extracted ids to gold keys', () => {
    const result = score(
      [rel('OPPOSES', 'france', 'usa')],
      [['OPPOSES', 'state:FRA', 'state:USA']],
    );
    expect(result.tally).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });

  it('respects direction for a directed type', () => {
    const result = score(
      [rel('OPPOSES', 'france', 'usa')],
      [['OPPOSES', 'state:USA', 'state:FRA']],
    );
    expect(result.tally).toEqual({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(result.missed).toEqual([
      expect.objectContaining({ sourceName: 'France', targetName: 'United States' }),
    ]);
  });

  it('matches ALLIED_WITH in either direction', () => {
    const result = score(
      [rel('ALLIED_WITH', 'france', 'germany')],
      [['ALLIED_WITH', 'state:DEU', 'state:FRA']],
    );
    expect(result.tally).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });

  it('accepts any alternative pair, and absorbs a second pair satisfying the same relation', () => {
    const gold = [rel('OPPOSES', 'france', 'usa', { alternatives: [['france', 'trump']] })];
    expect(score(gold, [['OPPOSES', 'state:FRA', 'person:trump']]).tally.found).toBe(1);
    const both = score(gold, [
      ['OPPOSES', 'state:FRA', 'person:trump'],
      ['OPPOSES', 'state:FRA', 'state:USA'],
    ]);
    expect(both.tally).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });

  it('assigns one extracted triple per gold relation so that as many as possible are found', () => {
    // (france, trump) satisfies both; only the assignment below finds both gold relations.
    const gold = [
      rel('OPPOSES', 'france', 'usa', { alternatives: [['france', 'trump']] }),
      rel('OPPOSES', 'france', 'trump'),
    ];
    const result = score(gold, [
      ['OPPOSES', 'state:FRA', 'person:trump'],
      ['OPPOSES', 'state:FRA', 'state:USA'],
    ]);
    expect(result.tally).toEqual({ predicted: 2, correct: 2, gold: 2, found: 2 });
  });

  it('lets an optional relation, of any of its listed types, absorb a prediction', () => {
    const gold = [rel(['SUPPORTS', 'COOPERATES_WITH'], 'trump', 'nato', { required: false })];
    const result = score(gold, [['SUPPORTS', 'person:trump', 'org:nato']]);
    expect(result.tally).toEqual({ predicted: 0, correct: 0, gold: 0, found: 0 });
  });

  it('counts duplicate triples once, however many relations carry them', () => {
    const result = score(
      [rel('MEMBER_OF', 'france', 'nato')],
      [
        ['MEMBER_OF', 'state:FRA', 'org:nato', 'France is in NATO.'],
        ['MEMBER_OF', 'state:FRA', 'org:nato', 'NATO member France.'],
        ['SUPPORTS', 'state:FRA', 'org:nato'],
        ['SUPPORTS', 'state:FRA', 'org:nato'],
      ],
    );
    expect(result.tally).toEqual({ predicted: 2, correct: 1, gold: 1, found: 1 });
  });

  it('does not score MENTIONS', () => {
    const result = score([], [['MENTIONS', ARTICLE, 'state:FRA']]);
    expect(result.tally.predicted).toBe(0);
  });

  it('counts a relation with an end matching no gold entity as a false positive, with its evidence', () => {
    const result = score(
      [],
      [['OPPOSES', 'person:nobody', 'state:FRA', 'Nobody attacked France.']],
    );
    expect(result.falsePositives).toEqual([
      {
        type: 'OPPOSES',
        sourceName: 'John Nobody',
        targetName: 'France',
        targetKey: 'france',
        evidence: 'Nobody attacked France.',
      },
    ]);
  });

  it('absorbs a relation to an optional entity only when an optional relation matches it', () => {
    const gold = [rel('OPPOSES', 'paris', 'usa', { required: false })];
    expect(score(gold, [['OPPOSES', 'loc:paris', 'state:USA']]).tally.predicted).toBe(0);
    expect(score(gold, [['SUPPORTS', 'loc:paris', 'state:USA']]).tally.predicted).toBe(1);
  });

  it('counts several QUOTES to one speaker once', () => {
    const result = score(
      [rel('QUOTES', '@article', 'trump')],
      [
        ['QUOTES', ARTICLE, 'person:trump', 'One.'],
        ['QUOTES', ARTICLE, 'person:trump', 'Two.'],
      ],
    );
    expect(result.tally).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });

  it('accepts a QUOTES alternative speaker such as a ministry for its state', () => {
    const gold = [
      rel('QUOTES', '@article', 'france', { alternatives: [['@article', 'ministry']] }),
    ];
    expect(score(gold, [['QUOTES', ARTICLE, 'org:ministry', 'Non.']]).tally.found).toBe(1);
  });

  it('lists relations by type: misses under the gold type, false positives under their own', () => {
    const result = score(
      [rel('LEADS', 'trump', 'usa')],
      [['REPRESENTS', 'person:trump', 'state:USA']],
    );
    expect(result.byType['LEADS']).toEqual({ predicted: 0, correct: 0, gold: 1, found: 0 });
    expect(result.byType['REPRESENTS']).toEqual({ predicted: 1, correct: 0, gold: 0, found: 0 });
  });
});

// QUOTES fixtures replace the source with the article id; MENTIONS also starts at the article.
const ARTICLE = 'article-1';
