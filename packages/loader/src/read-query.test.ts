import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlainJson } from './read-query.js';

describe('toPlainJson', () => {
  it('turns integers into numbers, and ones past 2^53 into strings', () => {
    expect(toPlainJson([neo4j.int(3), neo4j.int('9007199254740993')])).toEqual([
      3,
      '9007199254740993',
    ]);
  });
  it('turns nodes, relationships and paths into plain objects', () => {
    const a = new neo4j.types.Node(
      neo4j.int(1),
      ['Entity', 'State'],
      { name: 'France', n: neo4j.int(2) },
      'e1',
    );
    const b = new neo4j.types.Node(neo4j.int(2), ['Entity', 'State'], { name: 'Germany' }, 'e2');
    const r = new neo4j.types.Relationship(
      neo4j.int(5),
      neo4j.int(1),
      neo4j.int(2),
      'ALLIED_WITH',
      { confidence: 0.5 },
      'r5',
      'e1',
      'e2',
    );
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(toPlainJson({ p: path })).toEqual({
      p: {
        nodes: [
          { elementId: 'e1', labels: ['Entity', 'State'], properties: { name: 'France', n: 2 } },
          { elementId: 'e2', labels: ['Entity', 'State'], properties: { name: 'Germany' } },
        ],
        relationships: [
          {
            elementId: 'r5',
            type: 'ALLIED_WITH',
            start: 'e1',
            end: 'e2',
            properties: { confidence: 0.5 },
          },
        ],
      },
    });
  });
  it('writes temporal values as ISO strings', () => {
    expect(toPlainJson(new neo4j.types.Date(2019, 1, 2))).toBe('2019-01-02');
  });
});
