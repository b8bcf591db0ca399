import { z } from 'zod';

/**
 * The entity attributes a graph document may carry into the database, and their shapes. Any
 * other key in a document's `attributes` stays in the document: it never becomes a property of
 * a shared entity node, so no single article can put arbitrary data on one.
 */
export const ENTITY_ATTRIBUTES = {
  /** A state's ISO 3166-1 alpha-3 code. */
  iso3: z.string().regex(/^[A-Z]{3}$/),
  /** The id of the state an organization belongs to (`state:FRA`). */
  state: z.string().regex(/^state:[^\s]+$/),
  /** What kind of organization: `party`, `ministry`, `military`… */
  kind: z.string().regex(/^[a-z][a-z-]{0,39}$/),
} as const;

export type EntityAttributeKey = keyof typeof ENTITY_ATTRIBUTES;

export const ENTITY_ATTRIBUTE_KEYS = Object.keys(ENTITY_ATTRIBUTES) as EntityAttributeKey[];

/** The allowed attributes of a document entity whose values fit their schema; the rest dropped. */
export function storedAttributes(
  attributes: Readonly<Record<string, string | number | boolean>> | undefined,
): Partial<Record<EntityAttributeKey, string>> {
  const out: Partial<Record<EntityAttributeKey, string>> = {};
  for (const key of ENTITY_ATTRIBUTE_KEYS) {
    const value = attributes?.[key];
    if (value === undefined || !Object.hasOwn(attributes ?? {}, key)) continue;
    const parsed = ENTITY_ATTRIBUTES[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

/** Entity node properties the loader writes from documents (attributes aside). */
export const ENTITY_NODE_PROPERTIES: readonly string[] = ['id', 'name', 'aliases'];

/**
 * Entity properties the loader owns: its node properties and its bookkeeping. A document
 * attribute of the same name would overwrite one, so the schema refuses it.
 */
export const RESERVED_ENTITY_PROPERTIES: readonly string[] = [
  ...ENTITY_NODE_PROPERTIES,
  'loaderLock',
  'loaderStale',
];
