import type { EntityType, Relation } from '@newsgraph/graph-schema';
import type { GoldEntity, GoldFile, GoldQuote, GoldRelation } from './gold-schema.js';
import type { PredictedDocument } from './score-article.js';

/** Builders for small gold files and extracted documents in the eval tests. */

export const ARTICLE_ID = 'article-1';

export function goldEntity(
  key: string,
  type: EntityType,
  names: readonly [string, ...string[]],
  required = true,
): GoldEntity {
  const [name, ...aliases] = names;
  return { key, type, name, aliases, required };
}

export function goldFile(parts: {
  entities: GoldEntity[];
  relations?: GoldRelation[];
  quotes?: GoldQuote[];
}): GoldFile {
  return { article: 'test.txt', relations: [], quotes: [], ...parts };
}

/** `[id, type, name, ...aliases]` */
export type EntityRow = [string, EntityType, string, ...string[]];
/** `[type, source, target, text?]`; text is the quote for QUOTES and the evidence otherwise. */
export type RelationRow = [string, string, string, string?];

export function predictedDocument(
  entities: EntityRow[],
  relations: RelationRow[] = [],
): PredictedDocument {
  return {
    article: { id: ARTICLE_ID, title: 'Test', wordCount: 1, contentHash: '0'.repeat(64) },
    entities: entities.map(([id, type, name, ...aliases]) => ({
      id,
      type,
      name,
      aliases: [name, ...aliases],
      mentions: [],
    })),
    relations: relations.map(([type, source, target, text]) =>
      relation(type, source, target, text),
    ),
  };
}

// Typed loosely on purpose: tests also feed relation types a document should not hold (MENTIONS).
function relation(type: string, source: string, target: string, text = 'Some sentence.'): Relation {
  const quotes = type === 'QUOTES';
  return {
    type: type as Relation['type'],
    source: quotes ? ARTICLE_ID : source,
    target,
    properties: quotes ? { text } : {},
    evidence: [{ start: 0, end: text.length, text }],
    confidence: 1,
  };
}
