import { NODE_LABELS, RELATIONSHIP_TYPES } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { natoArticle } from '../test/fixtures.js';
import { mergeBatch } from './batches.js';
import { buildDocumentRows } from './rows.js';
import { planBatch, planDelete, planMoves } from './write-plan.js';

const batch = mergeBatch([
  buildDocumentRows(natoArticle('a1')),
  buildDocumentRows(natoArticle('a2')),
]);

/** The labels and relationship types a statement names, found after a colon. */
function namesIn(text: string): string[] {
  return [
    ...text.matchAll(/[([][a-z]*:([A-Za-z_]+)/g),
    ...text.matchAll(/SET e:([A-Za-z_]+)/g),
  ].map((m) => m[1] ?? '');
}

describe('planBatch', () => {
  const plan = planBatch(batch, 1000);

  it('locks articles, then entities, clears their old facts, then creates mentions, quotes and facts (every type in one statement), then recomputes the entities', () => {
    const kinds = plan.map(
      (s) =>
        /(MERGE \(a:Article|DELETE r|DELETE q|DELETE m|MERGE \(e:Entity|MENTIONS \{count|QUOTES \{text|CREATE \(s\)-\[:[^\s{]+|SET e = props)/.exec(
          s.text,
        )?.[1],
    );
    expect(kinds).toEqual([
      'MERGE (a:Article',
      'MERGE (e:Entity',
      ...Array(6).fill('DELETE r'),
      'DELETE q',
      'DELETE m',
      'MENTIONS {count',
      'QUOTES {text',
      'CREATE (s)-[:$(row.type)',
      'SET e = props',
    ]);
  });

  it('names only allow-listed labels and types, and puts every value in parameters', () => {
    for (const { text } of plan) {
      for (const name of namesIn(text))
        expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(name);
      expect(text).not.toMatch(/a1|a2|state:|Stoltenberg/);
    }
  });

  it('sends entity labels and fact types as allow-listed parameters, facts in entity lock order', () => {
    const entities = plan.find((s) => s.text.includes('MERGE (e:Entity'));
    const labels = (entities?.params.rows as { type: string }[]).map((r) => r.type);
    expect(new Set(labels)).toEqual(new Set(['Person', 'State', 'Organization']));
    const facts = plan.find((s) => s.text.includes('CREATE (s)-['));
    const rows = facts?.params.rows as { type: string; source: string }[];
    expect(new Set(rows.map((r) => r.type))).toEqual(
      new Set(['OPPOSES', 'ALLIED_WITH', 'MEMBER_OF', 'LEADS']),
    );
    const ids = (entities?.params.rows as { id: string }[]).map((r) => r.id);
    const ranks = rows.map((r) => ids.indexOf(r.source));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('refuses a fact type outside the allow-list before anything is sent', () => {
    const first = batch.facts[0];
    if (first === undefined) throw new Error('fixture has no facts');
    const bad = { ...batch, facts: [{ ...first, type: 'OWNS' as 'LEADS' }] };
    expect(() => planBatch(bad, 1000)).toThrow(/allow-list/);
  });

  it('keeps entities shared by the batch from orphan deletion', () => {
    const clear = plan.find((s) => s.text.includes('DELETE m'));
    expect(clear?.params).toEqual({ ids: ['a1', 'a2'], keep: batch.entityIds });
  });

  it('cuts long row lists into statements of batchSize rows within the same transaction', () => {
    const small = planBatch(batch, 2);
    const mentions = small.filter((s) => s.text.includes('MENTIONS {count'));
    expect(mentions.map((s) => (s.params.rows as unknown[]).length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(small.filter((s) => s.text.includes('MERGE (a:Article'))).toHaveLength(1);
  });
});

describe('planDelete', () => {
  it('clears the article like a reload, keeping nothing, then removes the node', () => {
    const plan = planDelete('a1');
    expect(plan.at(-2)?.params).toEqual({ ids: ['a1'], keep: [] });
    expect(plan.at(-1)).toEqual({
      text: expect.stringContaining('DETACH DELETE a'),
      params: { id: 'a1' },
    });
  });
});

describe('planMoves', () => {
  const move = {
    localId: 'person:blair',
    from: 'person:blair',
    to: 'person:tony-blair',
    name: 'Blair',
  };
  const plan = planMoves([move]);

  it('creates the target nodes, moves every relationship kind, then recomputes or drops both ends', () => {
    expect(plan[0]?.text).toContain('MERGE (e:Entity {id: row.to})');
    const moved = plan.slice(1, -1).map((s) => /\[r:(\w+)\]/.exec(s.text)?.[1]);
    expect(new Set(moved)).toEqual(new Set(RELATIONSHIP_TYPES));
    expect(plan.at(-1)).toEqual({
      text: expect.stringContaining('DETACH DELETE e'),
      params: { ids: ['person:blair', 'person:tony-blair'] },
    });
  });

  it('names only allow-listed labels and types, and puts every value in parameters', () => {
    for (const { text } of plan) {
      for (const name of namesIn(text))
        expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(name);
      expect(text).not.toMatch(/blair/i);
    }
  });
});
