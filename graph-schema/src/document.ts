import { z } from 'zod';
import { RESERVED_ENTITY_PROPERTIES } from './attributes.js';
import { ENTITY_TYPES, ID_PREFIX } from './labels.js';
import { DOCUMENT_RELATION_TYPES, relationshipDefinition } from './relationships.js';

/** Bumped when a graph document changes shape; readers reject versions they do not know. */
export const GRAPH_DOCUMENT_VERSION = 1;

/** A half-open character range [start, end) of the article text, with the text it covers. */
export const SpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

const ID_PATTERN = new RegExp(`^(${Object.values(ID_PREFIX).join('|')}):[^\\s]+$`);
export const EntityIdSchema = z
  .string()
  .regex(ID_PATTERN, 'must look like "state:FRA" or "org:nato"');

export const ArticleSchema = z.strictObject({
  id: z.string().min(1).max(512),
  title: z.string(),
  source: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  language: z.string().optional(),
  wordCount: z.number().int().nonnegative(),
  /** sha256 of the article text, hex; lets a loader skip an unchanged article. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Article = z.infer<typeof ArticleSchema>;

export const EntitySchema = z.strictObject({
  id: EntityIdSchema,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  /** Every surface form seen for the entity, the name included. */
  aliases: z.array(z.string().min(1)),
  mentions: z.array(SpanSchema),
  /** Optional facts from reference data, such as an ISO code; scalar values only. */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const RelationSchema = z
  .strictObject({
    type: z.enum(DOCUMENT_RELATION_TYPES),
    /** An entity id; for QUOTES, the article id. */
    source: z.string().min(1),
    target: EntityIdSchema,
    properties: z.record(z.string(), z.string()),
    /** The sentences (or quote spans) the relation rests on; grows when it is seen again. */
    evidence: z.array(SpanSchema).min(1),
    confidence: z.number().min(0).max(1),
  })
  .superRefine((rel, ctx) => {
    const check = relationshipDefinition(rel.type).properties.safeParse(rel.properties);
    if (!check.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['properties'],
        message: `invalid properties for ${rel.type}: ${check.error.issues[0]?.message ?? ''}`,
      });
    }
  });
export type Relation = z.infer<typeof RelationSchema>;

export const GeneratorSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
});

export const GraphDocumentSchema = z
  .strictObject({
    schemaVersion: z.literal(GRAPH_DOCUMENT_VERSION),
    generator: GeneratorSchema,
    article: ArticleSchema,
    entities: z.array(EntitySchema),
    relations: z.array(RelationSchema),
  })
  .superRefine((doc, ctx) => {
    checkEntities(doc.entities, ctx);
    checkReferences(doc, ctx);
  });
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;

type DocumentShape = Pick<GraphDocument, 'article' | 'entities' | 'relations'>;

/**
 * Entities merge across articles on id alone, so an id always carries its type's prefix; an
 * attribute may not take the name of a property the loader owns.
 */
function checkEntities(entities: readonly Entity[], ctx: z.RefinementCtx): void {
  entities.forEach((entity, i) => {
    const prefix = ID_PREFIX[entity.type];
    if (!entity.id.startsWith(`${prefix}:`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entities', i, 'id'],
        message: `a ${entity.type} id must start with "${prefix}:", not ${JSON.stringify(entity.id)}`,
      });
    }
    for (const key of Object.keys(entity.attributes ?? {})) {
      if (key === '' || RESERVED_ENTITY_PROPERTIES.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', i, 'attributes'],
          message: `${JSON.stringify(key)} is reserved for the loader`,
        });
      }
    }
  });
}

/** Ids are unique, every relation points at a declared entity with an allowed label. */
function checkReferences(doc: DocumentShape, ctx: z.RefinementCtx): void {
  const types = new Map<string, string>();
  doc.entities.forEach((entity, i) => {
    if (types.has(entity.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entities', i, 'id'],
        message: `duplicate entity id ${entity.id}`,
      });
    }
    types.set(entity.id, entity.type);
  });
  doc.relations.forEach((rel, i) => {
    const def = relationshipDefinition(rel.type);
    const sourceType = rel.type === 'QUOTES' ? 'Article' : types.get(rel.source);
    if (rel.type === 'QUOTES' && rel.source !== doc.article.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['relations', i, 'source'],
        message: 'QUOTES must start at the article id',
      });
    }
    const targetType = types.get(rel.target);
    for (const [end, type, allowed] of [
      ['source', sourceType, def.from],
      ['target', targetType, def.to],
    ] as const) {
      if (type === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['relations', i, end],
          message: `unknown entity ${rel[end]}`,
        });
      } else if (!(allowed as readonly string[]).includes(type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['relations', i, end],
          message: `${rel.type} does not allow a ${type} as ${end}`,
        });
      }
    }
  });
}
