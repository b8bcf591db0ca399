import { NewsgraphError } from '@newsgraph/graph-schema';
import type { z } from 'zod';

/**
 * Bundled data checked against its schema. Data that does not fit is a defect of the package, so
 * the error is INTERNAL, naming the file as `where`.
 */
export function parseBundled<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new NewsgraphError('INTERNAL', `invalid lexicon data: ${result.error.message}`, {
      where: file,
    });
  }
  return result.data;
}
