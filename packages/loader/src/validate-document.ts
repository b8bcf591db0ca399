import {
  ID_PREFIX,
  NewsgraphError,
  parseGraphDocument,
  RESERVED_ENTITY_PROPERTIES,
  type GraphDocument,
} from '@newsgraph/graph-schema';
import { findAllowListViolation } from './allow-list.js';

/**
 * Checks a parsed JSON value before anything is written: labels and relationship types against
 * graph-schema's allow-list (NOT_ALLOWED), then graph-schema's zod schema and the loader's own
 * rules (SCHEMA_VIOLATION). Errors name `where` (a file) and the offending field.
 */
export function validateDocument(value: unknown, where: string): GraphDocument {
  const violation = findAllowListViolation(value);
  if (violation) {
    throw new NewsgraphError('NOT_ALLOWED', `${violation.field}: ${violation.message}`, {
      where,
      hint: 'labels and relationship types come only from graph-schema (ENTITY_TYPES, DOCUMENT_RELATION_TYPES)',
    });
  }
  const doc = parseGraphDocument(value, where);
  checkLoaderRules(doc, where);
  return doc;
}

/** Rules the zod schema does not state but loading needs. */
export function checkLoaderRules(doc: GraphDocument, where: string): void {
  doc.entities.forEach((entity, i) => {
    // Entities merge across articles on id alone: an id must always come with the same label.
    const prefix = ID_PREFIX[entity.type];
    if (!entity.id.startsWith(`${prefix}:`)) {
      throw new NewsgraphError(
        'SCHEMA_VIOLATION',
        `entities[${i}].id: a ${entity.type} id must start with "${prefix}:", not ${JSON.stringify(entity.id)}`,
        { where },
      );
    }
    for (const key of Object.keys(entity.attributes ?? {})) {
      if (key === '' || RESERVED_ENTITY_PROPERTIES.includes(key)) {
        throw new NewsgraphError(
          'SCHEMA_VIOLATION',
          `entities[${i}].attributes: ${JSON.stringify(key)} is reserved for the loader`,
          { where },
        );
      }
    }
  });
}
