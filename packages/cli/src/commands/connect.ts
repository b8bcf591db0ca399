import { createLoader, type Loader } from '@newsgraph/loader';
import type { CliContext } from '../context.js';
import { resolveConnection, type ConnectionFlags } from '../config.js';
import { openDatabase } from '../database.js';

/** A verified loader: connection, credentials and database are checked before any work. */
export async function connect(
  ctx: CliContext,
  flags: ConnectionFlags,
  batchSize?: number,
): Promise<Loader> {
  const loader = createLoader(
    openDatabase(ctx, flags),
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

/** `newsgraph config`: the connection in effect and where its URI came from; no password. */
export function runConfig(ctx: CliContext, flags: ConnectionFlags & { json: boolean }): void {
  const { password, ...rest } = resolveConnection(flags, ctx.env);
  const shown = { ...rest, password: password ? '(set)' : '(empty)' };
  ctx.stdout.write(
    flags.json
      ? `${JSON.stringify(shown)}\n`
      : Object.entries(shown)
          .map(([k, v]) => `${k}: ${v ?? '(unknown)'}\n`)
          .join(''),
  );
}
