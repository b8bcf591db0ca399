import type { GraphDocument } from '@newsgraph/graph-schema';
import type { GoldFile } from './gold-schema.js';
import { matchEntities, type EntityMatching } from './match-entities.js';
import { scoreQuotes, type QuoteScore } from './match-quotes.js';
import { scoreRelations, type RelationScore } from './match-relations.js';

/** Entity counts and detail lists of one article (JSON-able: no maps). */
export type EntityScore = Omit<EntityMatching, 'keyOf'> & {
  /** Extracted entities that were a second node for a required gold entity. */
  duplicates: number;
};

export interface ArticleScore {
  /** The gold file's `article` (the article's file name). */
  article: string;
  entities: EntityScore;
  relations: RelationScore;
  quotes: QuoteScore;
}

export type PredictedDocument = Pick<GraphDocument, 'article' | 'entities' | 'relations'>;

/**
 * Scores one extracted graph document against its gold file (GUIDELINES.md, "Scoring").
 * Relations and quotes are mapped onto gold keys through the entity matching, so an entity the
 * scorer could not match takes its relations and quotes down with it.
 */
export function scoreArticle(gold: GoldFile, predicted: PredictedDocument): ArticleScore {
  const { keyOf, ...entities } = matchEntities(gold.entities, predicted.entities);
  const input = { gold, predicted, keyOf };
  const duplicates = entities.falsePositives.filter((fp) => fp.reason === 'duplicate').length;
  return {
    article: gold.article,
    entities: { ...entities, duplicates },
    relations: scoreRelations(input),
    quotes: scoreQuotes(input),
  };
}
