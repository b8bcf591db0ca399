import type { Readable, Writable } from 'node:stream';

/** The process's streams and environment, passed in so commands stay testable. */
export interface CliContext {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

export function say(ctx: CliContext, line: string): void {
  ctx.stderr.write(`${line}\n`);
}
