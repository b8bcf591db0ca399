import { GraphDocumentSchema } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { mergeDocuments } from './merge-documents.js';
import { twoDocuments } from './test-fixtures.js';

describe('mergeDocuments', () => {
  it('starts from valid documents', () => {
    for (const doc of twoDocuments()) expect(GraphDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('merges entities across documents by id as the loader does: aliases unioned, the full name, allowed attributes only', () => {
    const graph = mergeDocuments(twoDocuments());
    expect(graph.entities.map((e) => e.id)).toEqual([
      'org:obrien-co',
      'person:angela-merkel',
      'person:jean-dupont',
      'state:DEU',
      'state:FRA',
      'state:USA',
    ]);
    const france = graph.entities.find((e) => e.id === 'state:FRA');
    expect(france?.aliases).toEqual(['France', 'French']);
    expect(france?.attributes).toEqual({ iso3: 'FRA' });
    expect(graph.entities.find((e) => e.id === 'state:USA')?.name).toBe('United States of America');
  });

  it('keeps one fact per type, pair and article, a symmetric one in id order with pooled evidence', () => {
    const allied = mergeDocuments(twoDocuments()).facts.filter((f) => f.type === 'ALLIED_WITH');
    expect(allied).toHaveLength(1);
    expect(allied[0]).toMatchObject({
      source: 'state:DEU',
      target: 'state:FRA',
      articleId: 'a2',
      confidence: 0.65,
    });
    expect(allied[0]?.evidence).toHaveLength(2);
  });

  it('records mentions per article and the role of LEADS', () => {
    const graph = mergeDocuments(twoDocuments());
    expect(graph.mentions).toContainEqual({ article: 'a2', entity: 'state:FRA', count: 2 });
    expect(graph.facts.find((f) => f.type === 'LEADS')).toMatchObject({
      role: 'Chancellor',
      sentence: 'Chancellor Angela Merkel leads Germany.',
    });
  });

  it('lets a later document for the same article replace the earlier one', () => {
    const [a1] = twoDocuments();
    if (!a1) throw new Error('fixture');
    const graph = mergeDocuments([a1, { ...a1, relations: [] }]);
    expect(graph.articles).toHaveLength(1);
    expect(graph.facts).toHaveLength(0);
  });
});
