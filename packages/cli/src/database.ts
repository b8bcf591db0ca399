import { closeConnection, openDriver, type Connection } from '@newsgraph/loader';
import { neo4jSettings, type ConnectionFlags } from './config.js';
import type { CliContext } from './context.js';

/** The CLI's one way to the database: a connection from the flags and environment. */
export function openDatabase(ctx: CliContext, flags: ConnectionFlags): Connection {
  return openDriver(neo4jSettings(flags, ctx.env), { userAgent: 'newsgraph-cli/0.1.0' });
}

/**
 * A connection opened on first use and closed once `work` is done: a command that may not need
 * the database (query --browser) opens none.
 */
export async function withDatabase<T>(
  ctx: CliContext,
  flags: ConnectionFlags,
  work: (db: () => Connection) => Promise<T>,
): Promise<T> {
  let connection: Connection | undefined;
  try {
    return await work(() => (connection ??= openDatabase(ctx, flags)));
  } finally {
    if (connection !== undefined) await closeConnection(connection);
  }
}
