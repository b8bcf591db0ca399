import { createLoader, type Loader } from '@newsgraph/loader';
import type { CliContext } from '../context.js';
import { neo4jSettings, type ConnectionFlags } from '../config.js';

/** A verified loader: connection, credentials and database are checked before any work. */
export async function connect(
  ctx: CliContext,
  flags: ConnectionFlags,
  batchSize?: number,
): Promise<Loader> {
  const loader = createLoader(
    neo4jSettings(flags, ctx.env),
    batchSize === undefined ? {} : { batchSize },
  );
  try {
    await loader.verify();
  } catch (error) {
    await loader.close();
    throw error;
  }
  return loader;
}
