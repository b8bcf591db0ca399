import { ENTITY_TYPES, schemaViolation } from '@newsgraph/graph-schema';
import { z } from 'zod';

/** The special relation source standing for the article itself (QUOTES). */
export const ARTICLE_KEY = '@article';

const KeySchema = z.string().min(1);
const PairSchema = z.tuple([KeySchema, KeySchema]);

export const GoldEntitySchema = z.strictObject({
  key: KeySchema,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  required: z.boolean(),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

// Relation types are free strings: optional gold relations may name types the extractor does
// not produce (PART_OF, LOCATED_IN, COOPERATES_WITH); they then simply absorb nothing.
export const GoldRelationSchema = z.strictObject({
  type: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  source: KeySchema,
  target: KeySchema,
  required: z.boolean(),
  alternatives: z.array(PairSchema).optional(),
  properties: z.record(z.string(), z.string()).optional(),
  evidence: z.string().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelationSchema>;

export const GoldQuoteSchema = z.strictObject({
  speaker: KeySchema,
  text: z.string().min(1),
});
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

const GoldBodySchema = z.strictObject({
  article: z.string().min(1),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
  quotes: z.array(GoldQuoteSchema),
});

export const GoldFileSchema = GoldBodySchema.superRefine((gold, ctx) => checkKeys(gold, ctx));
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** Keys are unique and every relation end, alternative and quote speaker names a gold entity. */
function checkKeys(gold: z.infer<typeof GoldBodySchema>, ctx: z.RefinementCtx): void {
  const keys = new Set<string>();
  gold.entities.forEach((entity, i) => {
    if (keys.has(entity.key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entities', i, 'key'],
        message: `duplicate key ${entity.key}`,
      });
    }
    keys.add(entity.key);
  });
  const known = (key: string): boolean => keys.has(key) || key === ARTICLE_KEY;
  const report = (path: PropertyKey[], key: string): void =>
    ctx.addIssue({ code: 'custom', path, message: `unknown entity key ${key}` });
  gold.relations.forEach((relation, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!known(relation[end])) report(['relations', i, end], relation[end]);
    }
    relation.alternatives?.forEach((pair, j) => {
      pair.forEach((key, k) => {
        if (!known(key)) report(['relations', i, 'alternatives', j, k], key);
      });
    });
  });
  gold.quotes.forEach((quote, i) => {
    if (!keys.has(quote.speaker)) report(['quotes', i, 'speaker'], quote.speaker);
  });
}

/**
 * Validates a parsed JSON value as a gold file. Throws SCHEMA_VIOLATION naming `where` (the
 * file) and the first offending field.
 */
export function parseGold(value: unknown, where?: string): GoldFile {
  const result = GoldFileSchema.safeParse(value);
  if (result.success) return result.data;
  throw schemaViolation(
    'a gold file',
    result.error.issues,
    where,
    'gold files follow "Gold file format" in shared/eval/GUIDELINES.md',
  );
}
