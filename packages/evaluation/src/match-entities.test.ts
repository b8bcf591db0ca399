import { describe, expect, it } from 'vitest';
import { matchEntities } from './match-entities.js';
import { goldEntity, predictedDocument, type EntityRow } from './test-fixtures.js';

const gold = [
  goldEntity('merkel', 'Person', ['Angela Merkel', 'Merkel']),
  goldEntity('germany', 'State', ['Germany', 'German']),
  goldEntity('nato', 'Organization', [
    'NATO',
    'North Atlantic Treaty Organization',
    'the alliance',
  ]),
  goldEntity('berlin', 'Location', ['Berlin'], false),
  goldEntity('bundeswehr', 'Organization', ['German armed forces', 'Bundeswehr'], false),
];

const match = (...rows: EntityRow[]) => matchEntities(gold, predictedDocument(rows).entities);

describe('matchEntities', () => {
  it('matches on any normalised name or alias and counts a perfect extraction as P=R=1', () => {
    const result = match(
      ['p1', 'Person', 'ANGELA MERKEL'],
      ['s1', 'State', 'Germany'],
      ['o1', 'Organization', 'Alliance', 'North Atlantic Treaty Organization'],
    );
    expect(result.tally).toEqual({ predicted: 3, correct: 3, gold: 3, found: 3 });
    expect(result.keyOf.get('o1')).toBe('nato');
  });

  it('counts a second entity for the same gold entity as a duplicate false positive', () => {
    const result = match(
      ['p1', 'Person', 'Angela Merkel'],
      ['p2', 'Person', 'Merkel'],
      ['s1', 'State', 'Germany'],
      ['o1', 'Organization', 'NATO'],
    );
    expect(result.tally).toEqual({ predicted: 4, correct: 3, gold: 3, found: 3 });
    expect(result.falsePositives).toEqual([
      expect.objectContaining({
        id: 'p2',
        reason: 'duplicate',
        gold: expect.objectContaining({ key: 'merkel' }),
      }),
    ]);
    // both ends of a relation from either node still reach the gold entity
    expect(result.keyOf.get('p2')).toBe('merkel');
  });

  it('calls the entity named like the gold entity the match and the one named by an alias the duplicate', () => {
    const result = match(['p2', 'Person', 'Merkel'], ['p1', 'Person', 'Angela Merkel']);
    expect(result.falsePositives.map((fp) => fp.id)).toEqual(['p2']);
  });

  it('counts a name match with the wrong type as a false positive and a miss', () => {
    const result = match(['x1', 'Organization', 'Germany'], ['p1', 'Person', 'Angela Merkel']);
    expect(result.falsePositives).toEqual([
      expect.objectContaining({ id: 'x1', reason: 'wrong-type' }),
    ]);
    expect(result.missed.map((g) => g.key)).toEqual(['germany', 'nato']);
    expect(result.tally).toEqual({ predicted: 2, correct: 1, gold: 3, found: 1 });
  });

  it('lets optional gold entities absorb matching extractions without penalty', () => {
    const result = match(['l1', 'Location', 'Berlin'], ['l2', 'Location', 'berlin']);
    expect(result.tally).toEqual({ predicted: 0, correct: 0, gold: 3, found: 0 });
    expect(result.falsePositives).toEqual([]);
    expect(result.optionalDuplicates.map((d) => d.id)).toEqual(['l2']);
  });

  it('penalises an optional gold entity extracted with the wrong type', () => {
    const result = match(['x1', 'State', 'Berlin']);
    expect(result.falsePositives).toEqual([
      expect.objectContaining({ id: 'x1', reason: 'wrong-type' }),
    ]);
    expect(result.tally.predicted).toBe(1);
  });

  it('gives an entity matching a required and an optional gold entity to the one of its own type and name', () => {
    // "German" is an alias of the required State; the name and type are the optional Organization's.
    const result = match(['o1', 'Organization', 'German armed forces', 'German']);
    expect(result.keyOf.get('o1')).toBe('bundeswehr');
    expect(result.tally).toEqual({ predicted: 0, correct: 0, gold: 3, found: 0 });
  });

  it('prefers the required gold entity when type and kind of match tie', () => {
    const tied = [
      goldEntity('opt', 'Organization', ['Alpha Group', 'Alpha'], false),
      goldEntity('req', 'Organization', ['Alpha Corp', 'Alpha']),
    ];
    const result = matchEntities(
      tied,
      predictedDocument([['o1', 'Organization', 'Alpha']]).entities,
    );
    expect(result.keyOf.get('o1')).toBe('req');
  });

  it('counts an extraction matching nothing as a false positive', () => {
    const result = match(['p9', 'Person', 'Jens Stoltenberg']);
    expect(result.falsePositives).toEqual([
      expect.objectContaining({ id: 'p9', reason: 'unmatched' }),
    ]);
    expect(result.keyOf.has('p9')).toBe(false);
  });

  it('keeps a per-type table: misses under the gold type, false positives under the extracted type', () => {
    const result = match(['x1', 'Organization', 'Germany'], ['p1', 'Person', 'Angela Merkel']);
    expect(result.byType['State']).toEqual({ predicted: 0, correct: 0, gold: 1, found: 0 });
    expect(result.byType['Organization']).toEqual({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(result.byType['Person']).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });
});
