import { PassThrough, Readable } from 'node:stream';
import type { CliContext } from './context.js';
import { main } from './main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CapturedContext {
  ctx: CliContext;
  /** What was written to stdout so far. */
  out: () => string;
  /** What was written to stderr so far. */
  err: () => string;
}

/** A CLI context whose stdout and stderr are captured (tests only). */
export function captureContext(
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): CapturedContext {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  return {
    ctx: { stdin: Readable.from([options.stdin ?? '']), stdout, stderr, env: options.env ?? {} },
    out: () => Buffer.concat(chunks.out).toString('utf8'),
    err: () => Buffer.concat(chunks.err).toString('utf8'),
  };
}

/** Runs the CLI in-process with captured streams (tests only). */
export async function runCli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<RunResult> {
  const { ctx, out, err } = captureContext(options);
  const code = await main(argv, ctx);
  return { code, stdout: out(), stderr: err() };
}
