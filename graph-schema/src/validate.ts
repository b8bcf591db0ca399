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
  const issues = result.error.issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new NewsgraphError(
    'SCHEMA_VIOLATION',
    `not a graph document: ${describeIssue(issues[0]!)}${more}`,
    {
      ...(where === undefined ? {} : { where }),
      hint: 'graph documents are what `newsgraph extract` writes; see graph-schema/schema/',
    },
  );
}
