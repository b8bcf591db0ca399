import { PassThrough, Readable } from 'node:stream';
import type { CliContext } from './context.js';
import { main } from './main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (tests only). */
export async function runCli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  const ctx: CliContext = {
    stdin: Readable.from([options.stdin ?? '']),
    stdout,
    stderr,
    env: options.env ?? {},
  };
  const code = await main(argv, ctx);
  return {
    code,
    stdout: Buffer.concat(chunks.out).toString('utf8'),
    stderr: Buffer.concat(chunks.err).toString('utf8'),
  };
}
