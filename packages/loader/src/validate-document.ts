import {
  NewsgraphError,
  parseGraphDocument,
  type ValidGraphDocument,
} from '@newsgraph/graph-schema';
import { findAllowListViolation } from './allow-list.js';

/**
 * Checks a parsed JSON value before anything is written: labels and relationship types against
 * graph-schema's allow-list (NOT_ALLOWED), then graph-schema's schema (SCHEMA_VIOLATION), once.
 * Errors name `where` (a file) and the offending field.
 */
export function validateDocument(value: unknown, where: string): ValidGraphDocument {
  const violation = findAllowListViolation(value);
  if (violation) {
    throw new NewsgraphError('NOT_ALLOWED', `${violation.field}: ${violation.message}`, {
      where,
      hint: 'labels and relationship types come only from graph-schema (ENTITY_TYPES, DOCUMENT_RELATION_TYPES)',
    });
  }
  return parseGraphDocument(value, where);
}
