import type { Article, Relation } from './document.js';
import type { EntityType } from './labels.js';
import type { EntityRelationType } from './relationships.js';

/**
 * The graph as it is stored: what the loader writes to Neo4j and reads back, and what the exports
 * build from graph documents with the same merge rule (entities by id, named by `entityNames`).
 * One shape, so every exporter works on either.
 */
export interface StoredGraph {
  articles: StoredArticle[];
  entities: StoredEntity[];
  mentions: StoredMention[];
  quotes: StoredQuote[];
  facts: StoredFact[];
}

export interface StoredArticle extends Omit<Article, 'wordCount'> {
  wordCount: number;
  extractorVersion: string;
}

export type Scalar = string | number | boolean;

export interface StoredEntity {
  id: string;
  type: EntityType;
  name: string;
  /** The name first, then every other surface form in code-point order. */
  aliases: string[];
  /** graph-schema's allowed attributes, each its most common value (see `entityNames`). */
  attributes: Record<string, Scalar>;
}

export interface StoredMention {
  article: string;
  entity: string;
  count: number;
}

/** Where a fact or quote comes from: the first evidence span, and all of them as lists. */
export interface Provenance {
  articleId: string;
  start: number;
  end: number;
  evidence: string[];
  starts: number[];
  ends: number[];
  confidence: number;
  extractorVersion: string;
}

export interface StoredQuote extends Provenance {
  speaker: string;
  text: string;
}

export interface StoredFact extends Provenance {
  type: EntityRelationType;
  source: string;
  target: string;
  sentence: string;
  role?: string;
}

/** A relation's provenance as stored on its relationship: the first span, and all of them. */
export function toProvenance(
  rel: Pick<Relation, 'evidence' | 'confidence'>,
  articleId: string,
  extractorVersion: string,
): Provenance {
  const spans = rel.evidence;
  return {
    articleId,
    start: spans[0]?.start ?? 0,
    end: spans[0]?.end ?? 0,
    evidence: spans.map((s) => s.text),
    starts: spans.map((s) => s.start),
    ends: spans.map((s) => s.end),
    confidence: rel.confidence,
    extractorVersion,
  };
}
