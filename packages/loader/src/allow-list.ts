import {
  DOCUMENT_RELATION_TYPES,
  ENTITY_ATTRIBUTE_KEYS,
  ENTITY_TYPES,
  NODE_LABELS,
  NewsgraphError,
  RELATIONSHIP_TYPES,
} from '@newsgraph/graph-schema';

/**
 * The only way a label reaches Cypher text: it must be one of graph-schema's NODE_LABELS.
 * Throws NOT_ALLOWED otherwise, so a label smuggled past the types never becomes query text.
 */
export function allowedLabel(label: string): string {
  if (!NODE_LABELS.includes(label)) {
    throw new NewsgraphError(
      'NOT_ALLOWED',
      `label ${JSON.stringify(label)} is not in graph-schema's allow-list`,
    );
  }
  return label;
}

/** The only way a relationship type reaches Cypher text. */
export function allowedRelationshipType(type: string): string {
  if (!RELATIONSHIP_TYPES.includes(type)) {
    throw new NewsgraphError(
      'NOT_ALLOWED',
      `relationship type ${JSON.stringify(type)} is not in graph-schema's allow-list`,
    );
  }
  return type;
}

/** The only way an entity attribute's key reaches Cypher text (as a property name). */
export function allowedAttributeKey(key: string): string {
  if (
    !(ENTITY_ATTRIBUTE_KEYS as readonly string[]).includes(key) ||
    !/^[a-z][A-Za-z0-9]*$/.test(key)
  ) {
    throw new NewsgraphError(
      'NOT_ALLOWED',
      `entity attribute ${JSON.stringify(key)} is not in graph-schema's allow-list`,
    );
  }
  return key;
}

export interface AllowListViolation {
  /** `entities[2].type` */
  field: string;
  message: string;
}

/**
 * Looks at a parsed, not yet validated document for entity types and relation types outside the
 * allow-list. Tolerates any shape: what is not there is left to the zod schema.
 */
export function findAllowListViolation(value: unknown): AllowListViolation | undefined {
  if (!isRecord(value)) return undefined;
  const checks = [
    {
      list: value.entities,
      name: 'entities',
      allowed: ENTITY_TYPES as readonly string[],
      what: 'entity type',
    },
    {
      list: value.relations,
      name: 'relations',
      allowed: DOCUMENT_RELATION_TYPES as readonly string[],
      what: 'relation type',
    },
  ];
  for (const { list, name, allowed, what } of checks) {
    if (!Array.isArray(list)) continue;
    for (const [i, item] of (list as unknown[]).entries()) {
      const type = isRecord(item) ? item.type : undefined;
      if (typeof type === 'string' && !allowed.includes(type)) {
        return {
          field: `${name}[${i}].type`,
          message: `${what} ${JSON.stringify(type)} is not allowed (allowed: ${allowed.join(', ')})`,
        };
      }
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
