import type { Argv } from 'yargs';
import type { CliContext } from './context.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** What a command's handler gets beside its arguments: the streams, and a way to raise the exit code. */
export interface CommandEnv {
  ctx: CliContext;
  /** The run ends with the highest code any handler asked for. */
  fail: (code: number) => void;
}

/** Adds one command, its builder and its handler, to the CLI. */
export type RegisterCommand = (cli: Argv, env: CommandEnv) => Argv;
