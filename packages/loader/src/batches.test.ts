import { describe, expect, it } from 'vitest';
import { FRANCE, GERMANY, NATO, STOLTENBERG, USA, doc, entity } from '../test/fixtures.js';
import { chunk, groupIntoBatches, mergeBatch, splitInHalf } from './batches.js';
import { buildDocumentRows, type DocumentRows } from './rows.js';

const rowsOf = (id: string, entities = [FRANCE, USA]): DocumentRows =>
  buildDocumentRows(doc(id, { entities }));

describe('groupIntoBatches', () => {
  it('fills transactions up to the row budget with whole articles', () => {
    const docs = ['a', 'b', 'c', 'd', 'e'].map((id) => rowsOf(id)); // 5 rows each
    expect(groupIntoBatches(docs, 10).map((g) => g.map((d) => d.id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
  });

  it('gives an article larger than the budget a transaction of its own', () => {
    const docs = [
      rowsOf('a'),
      rowsOf('big', [FRANCE, USA, GERMANY, NATO, STOLTENBERG]),
      rowsOf('c'),
    ];
    expect(groupIntoBatches(docs, 6).map((g) => g.map((d) => d.id))).toEqual([
      ['a'],
      ['big'],
      ['c'],
    ]);
  });

  it('never puts two documents of one article in a transaction', () => {
    const docs = [rowsOf('a'), rowsOf('b'), rowsOf('a')];
    expect(groupIntoBatches(docs, 1000).map((g) => g.map((d) => d.id))).toEqual([
      ['a', 'b'],
      ['a'],
    ]);
  });
});

describe('mergeBatch', () => {
  it('orders articles, entities (by type then id) and relationships (by entity), and merges an entity named twice', () => {
    const short = entity('Person', 'Stoltenberg', {
      key: 'Jens Stoltenberg',
      aliases: ['Stoltenberg', 'Jens'],
    });
    const batch = mergeBatch([
      buildDocumentRows(doc('b', { entities: [USA, short] })),
      buildDocumentRows(doc('a', { entities: [FRANCE, STOLTENBERG, NATO] })),
    ]);
    expect(batch.articleIds).toEqual(['a', 'b']);
    expect([...batch.entities.keys()]).toEqual(['Person', 'State', 'Organization']);
    expect(batch.entities.get('State')?.map((e) => e.id)).toEqual(['state:FRA', 'state:USA']);
    expect(batch.entities.get('Person')).toEqual([
      expect.objectContaining({
        name: 'Jens Stoltenberg',
        aliases: ['Jens Stoltenberg', 'Stoltenberg', 'Jens'],
      }),
    ]);
    expect(batch.entityIds).toHaveLength(4);
    // Mentions follow the entity lock order: Person, then State (FRA, USA), then Organization.
    expect(batch.mentions.map((m) => `${m.article} ${m.entity}`)).toEqual([
      'a person:jens-stoltenberg',
      'b person:jens-stoltenberg',
      'a state:FRA',
      'b state:USA',
      'a org:nato',
    ]);
  });
});

describe('chunk and splitInHalf', () => {
  it('cut lists', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(splitInHalf([1, 2, 3])).toEqual([[1, 2], [3]]);
  });
});
