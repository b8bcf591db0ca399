import { createHash } from 'node:crypto';
import {
  ENTITY_RELATION_TYPES,
  dedupeRelations,
  type EntityRelationType,
  type EntityType,
  type GraphDocument,
  type Provenance,
  type StoredQuote,
  storedAttributes,
  toProvenance,
} from '@newsgraph/graph-schema';
import { personName } from './person-names.js';

/** Article node properties, wordCount aside (it is stored as an integer by the query). */
export interface ArticleProps {
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  contentHash: string;
  documentHash: string;
  extractorVersion: string;
}

export interface ArticleRow {
  id: string;
  wordCount: number;
  props: ArticleProps;
}

/** The node an article names; its name only seeds a new node, the mentions decide after. */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

/**
 * One article's mention of an entity, with how that article named it: the entity's name, aliases
 * and attributes are recomputed from these whenever an article is loaded, replaced or deleted.
 */
export interface MentionRow {
  article: string;
  /** The extractor's id, kept as `localId` whichever node the mention ends up on. */
  entity: string;
  count: number;
  name: string;
  aliases: string[];
  /** graph-schema's allowed attributes only. */
  attributes: Record<string, string>;
  /** People only: the folded surname their identity across articles is looked up by. */
  surnameKey: string | null;
}

/** A quote is stored as the stored graph's quote. */
export type QuoteRow = StoredQuote;

export interface FactRow extends Provenance {
  source: string;
  target: string;
  sentence: string;
  role: string | null;
}

/** Everything one article writes, as plain rows for `UNWIND $rows`. */
export interface DocumentRows {
  id: string;
  documentHash: string;
  article: ArticleRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  facts: Record<EntityRelationType, FactRow[]>;
  /** Rows in all, to size transactions. */
  size: number;
}

/** sha256 of the document as loaded: equal hashes mean reloading would change nothing. */
export function documentHash(doc: GraphDocument, extractorVersion: string): string {
  return createHash('sha256')
    .update(JSON.stringify(doc))
    .update('\0')
    .update(extractorVersion)
    .digest('hex');
}

export function buildDocumentRows(
  doc: GraphDocument,
  extractorVersionOverride?: string,
): DocumentRows {
  const extractorVersion = extractorVersionOverride ?? doc.generator.version;
  const hash = documentHash(doc, extractorVersion);
  const { id } = doc.article;
  const article: ArticleRow = {
    id,
    wordCount: doc.article.wordCount,
    props: dropUndefined({
      id,
      title: doc.article.title,
      source: doc.article.source,
      url: doc.article.url,
      publishedAt: doc.article.publishedAt,
      language: doc.article.language,
      contentHash: doc.article.contentHash,
      documentHash: hash,
      extractorVersion,
    }),
  };
  const entities = doc.entities.map(toEntityRow);
  const mentions = doc.entities.map((e) => toMentionRow(id, e));
  const quotes: QuoteRow[] = [];
  const facts = emptyFacts();
  for (const rel of dedupeRelations(doc.relations)) {
    const provenance = toProvenance(rel, id, extractorVersion);
    if (rel.type === 'QUOTES') {
      quotes.push({ ...provenance, speaker: rel.target, text: rel.properties.text ?? '' });
    } else {
      facts[rel.type].push({
        ...provenance,
        source: rel.source,
        target: rel.target,
        sentence: provenance.evidence[0] ?? '',
        role: rel.properties.role ?? null,
      });
    }
  }
  const factCount = Object.values(facts).reduce((n, rows) => n + rows.length, 0);
  const size = 1 + entities.length + mentions.length + quotes.length + factCount;
  return { id, documentHash: hash, article, entities, mentions, quotes, facts, size };
}

export function emptyFacts(): Record<EntityRelationType, FactRow[]> {
  return Object.fromEntries(ENTITY_RELATION_TYPES.map((t) => [t, []])) as unknown as Record<
    EntityRelationType,
    FactRow[]
  >;
}

type DocumentEntity = GraphDocument['entities'][number];

function toEntityRow(entity: DocumentEntity): EntityRow {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: unique([entity.name, ...entity.aliases]),
  };
}

function toMentionRow(article: string, entity: DocumentEntity): MentionRow {
  return {
    article,
    entity: entity.id,
    count: Math.max(1, entity.mentions.length),
    name: entity.name,
    aliases: unique([entity.name, ...entity.aliases]),
    attributes: storedAttributes(entity.attributes),
    surnameKey: entity.type === 'Person' ? (personName(entity.name)?.surnameKey ?? null) : null,
  };
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
