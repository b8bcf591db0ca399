import neo4j, { Neo4jError, type Driver, type Session, type Transaction } from 'neo4j-driver';
import {
  MemoryLimitError,
  isMemoryLimitError,
  neo4jCode,
  toNewsgraphError,
  type ErrorContext,
} from './driver-errors.js';
import { addCounters, emptyCounters, type Counters } from './summary.js';
import type { Logger } from './types.js';
import type { Statement } from './write-plan.js';

/** One open write transaction, handed to `Runner.transact`'s work. */
export interface Tx {
  /** Statements sent back to back (Bolt pipelines them); counters of all. */
  run(statements: readonly Statement[]): Promise<Counters>;
  /** A query whose rows the work needs before it writes more. */
  read(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** A statement that writes and returns rows the work needs: both, with its counters. */
  query(
    text: string,
    params: Record<string, unknown>,
  ): Promise<{ rows: Record<string, unknown>[]; counters: Counters }>;
}

/** What the loading logic needs from the database; errors come out as NewsgraphError. */
export interface Runner {
  /** All statements in one write transaction (retried whole on transient errors). */
  write(statements: readonly Statement[]): Promise<Counters>;
  /** `work` in one write transaction, committed after it; retried whole like `write`. */
  transact<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** One managed read transaction. */
  read(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** One auto-commit statement, not retried: schema changes and connectivity checks. */
  run(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

export interface RunnerOptions {
  logger?: Logger | undefined;
  /** How long transient failures are retried, like the driver's maxTransactionRetryTime. */
  maxRetryTimeMs: number;
}

/**
 * A deadlock: retried after a few milliseconds (the driver would wait a second before the
 * first retry, then two, four…); concurrent loads deadlock on hub entities often enough that
 * this matters.
 */
export class DeadlockError extends Error {
  override readonly name = 'DeadlockError';
}

/** Any other failure the server calls transient: retried with the driver's longer pauses. */
export class TransientFailure extends Error {
  override readonly name = 'TransientFailure';
}

/**
 * The loader owns its write transactions (begin, commit) instead of the driver's executeWrite,
 * which retries every transient error whole for maxTransactionRetryTime: a batch over the
 * server's transaction memory limit fails at once, whether while a statement runs or at commit,
 * and the caller splits it.
 */
export function driverRunner(
  driver: Driver,
  context: Omit<ErrorContext, 'action'>,
  options: RunnerOptions,
): Runner {
  const { database } = context;
  const { logger } = options;
  const session = (write: boolean) =>
    driver.session({
      ...(database === undefined ? {} : { database }),
      defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
    });
  const fail = (action: string) => (error: unknown) => {
    throw toNewsgraphError(error, { ...context, action });
  };
  const transactOnce = <T>(work: (tx: Tx) => Promise<T>): Promise<T> =>
    inWriteTransaction(session(true), work, logger);
  const transact = async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    try {
      return await retryTransient(() => transactOnce(work), options.maxRetryTimeMs);
    } catch (error) {
      const unwrapped =
        error instanceof MemoryLimitError ||
        error instanceof DeadlockError ||
        error instanceof TransientFailure
          ? error.cause
          : error;
      return fail('write')(unwrapped);
    }
  };
  return {
    transact,
    write: (statements) => transact((tx) => tx.run(statements)),
    async read(text, params = {}) {
      const s = session(false);
      try {
        const result = await s.executeRead((tx) => tx.run(text, params));
        return result.records.map((r) => r.toObject());
      } catch (error) {
        return fail('read')(error);
      } finally {
        await s.close();
      }
    },
    async run(text, params = {}) {
      const s = session(true);
      try {
        const result = await s.run(text, params);
        return result.records.map((r) => r.toObject());
      } catch (error) {
        return fail('run a query')(error);
      } finally {
        await s.close();
      }
    },
  };
}

/** `work` in one write transaction of `s`, committed after it; the session closed either way. */
async function inWriteTransaction<T>(
  s: Session,
  work: (tx: Tx) => Promise<T>,
  logger: Logger | undefined,
): Promise<T> {
  let tx: Transaction | undefined;
  try {
    tx = s.beginTransaction();
    const open = tx;
    const out = await work({
      run: (statements) => runAll(open, statements, logger),
      read: async (text, params = {}) =>
        (await open.run(text, params)).records.map((r) => r.toObject()),
      query: async (text, params) => {
        const result = await open.run(text, params);
        const counters = emptyCounters();
        addCounters(counters, result.summary.counters.updates());
        return { rows: result.records.map((r) => r.toObject()), counters };
      },
    });
    await tx.commit();
    return out;
  } catch (error) {
    if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
    throw classify(error, logger);
  } finally {
    await s.close();
  }
}

/** A failed attempt, sorted by what to do next: split, retry soon, retry later, or give up. */
function classify(error: unknown, logger: Logger | undefined): unknown {
  if (
    error instanceof MemoryLimitError ||
    error instanceof DeadlockError ||
    error instanceof TransientFailure
  )
    return error;
  logger?.debug?.(`transaction attempt failed: ${describe(error)}`);
  if (isMemoryLimitError(error)) return new MemoryLimitError(describe(error), { cause: error });
  if (neo4jCode(error) === 'Neo.TransientError.Transaction.DeadlockDetected') {
    return new DeadlockError(describe(error), { cause: error });
  }
  // Called on the class: the driver's free-standing isRetriableError reads an unbound `this`.
  if (Neo4jError.isRetryable(error)) return new TransientFailure(describe(error), { cause: error });
  return error;
}

/** Sends the statements back to back (Bolt pipelines them) and reads the results in order. */
async function runAll(
  tx: Transaction,
  statements: readonly Statement[],
  logger: Logger | undefined,
): Promise<Counters> {
  const settled = await Promise.allSettled(
    statements.map((st) => Promise.resolve(tx.run(st.text, st.params))),
  );
  const counters = emptyCounters();
  for (const result of settled) {
    if (result.status === 'fulfilled') {
      addCounters(counters, result.value.summary.counters.updates());
      continue;
    }
    throw classify(result.reason, logger);
  }
  return counters;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${neo4jCode(error) || 'error'}: ${message.replace(/\s+/g, ' ')}`;
}

/**
 * Runs `attempt` again while it fails with a deadlock (after a few milliseconds, growing) or
 * another transient failure (after one second, then two, four…, as the driver would), for at
 * most `maxRetryTimeMs`. A memory-limit error and any other error are thrown at once.
 */
export async function retryTransient<T>(
  attempt: () => Promise<T>,
  maxRetryTimeMs: number,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  const started = Date.now();
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const quick = error instanceof DeadlockError;
      if (!(quick || error instanceof TransientFailure)) throw error;
      if (Date.now() - started >= maxRetryTimeMs) throw error;
      const base = quick ? Math.min(1000, 10 * 2 ** n) : Math.min(30_000, 1000 * 2 ** n);
      await pause(base * (0.5 + Math.random()));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
