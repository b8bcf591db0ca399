import { describe, expect, it } from 'vitest';
import { ENTITY_NODE_PROPERTIES, RESERVED_ENTITY_PROPERTIES } from './attributes.js';
import { toProvenance } from './stored-graph.js';

describe('toProvenance', () => {
  it('keeps the first span as start and end, and every span as lists', () => {
    const rel = {
      confidence: 0.7,
      evidence: [
        { start: 10, end: 20, text: 'first one.' },
        { start: 40, end: 52, text: 'second one.' },
      ],
    };
    expect(toProvenance(rel, 'a1', '1.2.3')).toEqual({
      articleId: 'a1',
      start: 10,
      end: 20,
      evidence: ['first one.', 'second one.'],
      starts: [10, 40],
      ends: [20, 52],
      confidence: 0.7,
      extractorVersion: '1.2.3',
    });
  });
});

describe('RESERVED_ENTITY_PROPERTIES', () => {
  it('holds every node property the loader writes, and its bookkeeping', () => {
    for (const key of ENTITY_NODE_PROPERTIES) expect(RESERVED_ENTITY_PROPERTIES).toContain(key);
    expect(RESERVED_ENTITY_PROPERTIES).toContain('loaderStale');
  });
});
