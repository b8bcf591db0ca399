import { parseGraphDocument } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { natoArticle, syntheticDocs } from '../test/fixtures.js';

describe('test fixtures', () => {
  it('are valid graph documents', () => {
    for (const d of [natoArticle(), ...syntheticDocs(200)])
      expect(parseGraphDocument(d).article.id).toBe(d.article.id);
  });

  it('are deterministic', () => {
    expect(syntheticDocs(5)).toEqual(syntheticDocs(5));
  });
});
