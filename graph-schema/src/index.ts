export {
  ACTOR_TYPES,
  ARTICLE_LABEL,
  ENTITY_LABEL,
  ENTITY_TYPES,
  ID_PREFIX,
  NODE_LABELS,
  isEntityType,
  type EntityType,
} from './labels.js';
export {
  ARTICLE_RELATIONSHIPS,
  DOCUMENT_RELATION_TYPES,
  ENTITY_RELATIONSHIPS,
  ENTITY_RELATION_TYPES,
  RELATIONSHIP_TYPES,
  isSymmetric,
  relationshipDefinition,
  type DocumentRelationType,
  type EntityRelationType,
  type RelationshipDefinition,
} from './relationships.js';
export {
  ArticleSchema,
  EntityIdSchema,
  EntitySchema,
  GRAPH_DOCUMENT_VERSION,
  GeneratorSchema,
  GraphDocumentSchema,
  RelationSchema,
  SpanSchema,
  type Article,
  type Entity,
  type GraphDocument,
  type Relation,
  type Span,
} from './document.js';
export { entityId, slugify } from './ids.js';
export {
  ERROR_CODES,
  NewsgraphError,
  describeError,
  isNewsgraphError,
  type ErrorCode,
  type NewsgraphErrorOptions,
} from './errors.js';
export {
  describeIssue,
  schemaViolation,
  formatPath,
  parseGraphDocument,
  type ValidGraphDocument,
} from './validate.js';
export {
  ENTITY_FULLTEXT_INDEX,
  MENTION_SURNAME_INDEX,
  factIndexName,
  schemaStatements,
  type SchemaStatement,
} from './constraints.js';
export { NODE_STYLES, grassStyleSheet } from './style.js';
export { JSON_SCHEMA_ID, graphDocumentJsonSchema } from './json-schema.js';
export { dedupeRelations } from './dedupe-relations.js';
export { combineConfidences } from './combine-confidences.js';
export { RELATIONSHIP_COLORS } from './relationship-styles.js';
export {
  ENTITY_ATTRIBUTES,
  ENTITY_ATTRIBUTE_KEYS,
  ENTITY_NODE_PROPERTIES,
  RESERVED_ENTITY_PROPERTIES,
  storedAttributes,
  type EntityAttributeKey,
} from './attributes.js';
export { entityNames, type EntityNames, type EntityNaming } from './entity-naming.js';
export {
  toProvenance,
  type Provenance,
  type Scalar,
  type StoredArticle,
  type StoredEntity,
  type StoredFact,
  type StoredGraph,
  type StoredMention,
  type StoredQuote,
} from './stored-graph.js';
