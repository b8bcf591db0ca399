import type { z } from 'zod';
import { GraphDocumentSchema, type GraphDocument } from './document.js';
import { NewsgraphError } from './errors.js';

/** `relations[3].target` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  return where ? `${where}: ${issue.message}` : issue.message;
}

declare const validated: unique symbol;

/**
 * A graph document that `parseGraphDocument` accepted. Only that function makes one (short of a
 * cast), so whoever takes one, the loader first, need not validate it again.
 */
export type ValidGraphDocument = GraphDocument & { readonly [validated]: true };

/**
 * Validates a parsed JSON value as a graph document. Throws SCHEMA_VIOLATION naming `where`
 * (a file) and the first offending field.
 */
export function parseGraphDocument(value: unknown, where?: string): ValidGraphDocument {
  const result = GraphDocumentSchema.safeParse(value);
  if (result.success) return result.data as ValidGraphDocument;
  throw schemaViolation(
    'a graph document',
    result.error.issues,
    where,
    'graph documents are what `newsgraph extract` writes; see graph-schema/schema/',
  );
}

/**
 * The SCHEMA_VIOLATION for a value that is not `what` ("a gold file"): names `where` (a file),
 * the first offending field and how many more there are.
 */
export function schemaViolation(
  what: string,
  issues: readonly z.core.$ZodIssue[],
  where: string | undefined,
  hint: string,
): NewsgraphError {
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new NewsgraphError(
    'SCHEMA_VIOLATION',
    `not ${what}: ${describeIssue(issues[0]!)}${more}`,
    { ...(where === undefined ? {} : { where }), hint },
  );
}
