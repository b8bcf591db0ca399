import { describeIssue, NewsgraphError } from '@newsgraph/graph-schema';
import { z } from 'zod';

/** One lower-case word ("near", "al"). */
export const LowerWord = z.string().regex(/^\p{Ll}+$/u, 'expected one lower-case word');
/** A phrase of words separated by single spaces ("Senior Official", "Lt. Gen."). */
export const Phrase = z
  .string()
  .regex(/^\S+(?: \S+)*$/u, 'expected words separated by single spaces');

function entryAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * A bundled word-list file checked against its schema. A file that does not fit raises
 * CONFIG_INVALID naming the file as `where`, the offending entry's path and its value.
 */
export function parseWordLists<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const entry = issue === undefined ? undefined : entryAt(data, issue.path);
  const shown = typeof entry === 'string' ? ` ("${entry}")` : '';
  throw new NewsgraphError(
    'CONFIG_INVALID',
    `invalid word list: ${issue ? describeIssue(issue) : 'unreadable'}${shown}`,
    { where: file, hint: `fix the entry in packages/extractor/src/${file}` },
  );
}
