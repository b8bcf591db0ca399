import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
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

/** What the loading logic needs from the database; errors come out as NewsgraphError. */
export interface Runner {
  /** All statements in one managed write transaction (retried whole on transient errors). */
  write(statements: readonly Statement[]): Promise<Counters>;
  /** One managed read transaction. */
  read(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** One auto-commit statement, not retried: schema changes and connectivity checks. */
  run(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

export interface RunnerOptions {
  logger?: Logger | undefined;
  /** How long deadlocks are retried, like the driver's maxTransactionRetryTime. */
  maxRetryTimeMs: number;
}

/**
 * A deadlock, taken out of the driver's hands: executeWrite would wait a second before the
 * first retry (then two, four…); concurrent loads deadlock on hub entities often enough that
 * retrying after a few milliseconds matters.
 */
export class DeadlockError extends Error {
  override readonly name = 'DeadlockError';
}

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
  const writeOnce = async (statements: readonly Statement[]): Promise<Counters> => {
    const s = session(true);
    try {
      return await s.executeWrite((tx) => runAll(tx, statements, logger));
    } finally {
      await s.close();
    }
  };
  return {
    async write(statements) {
      try {
        return await retryDeadlocks(() => writeOnce(statements), options.maxRetryTimeMs);
      } catch (error) {
        const unwrapped =
          error instanceof MemoryLimitError || error instanceof DeadlockError ? error.cause : error;
        return fail('write')(unwrapped);
      }
    },
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

/** Sends the statements back to back (Bolt pipelines them) and reads the results in order. */
async function runAll(
  tx: ManagedTransaction,
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
    const error: unknown = result.reason;
    logger?.debug?.(`transaction attempt failed: ${describe(error)}`);
    // Not driver errors, so executeWrite neither retries an oversized batch whole nor sleeps.
    if (isMemoryLimitError(error)) throw new MemoryLimitError(describe(error), { cause: error });
    if (neo4jCode(error) === 'Neo.TransientError.Transaction.DeadlockDetected') {
      throw new DeadlockError(describe(error), { cause: error });
    }
    throw error;
  }
  return counters;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${neo4jCode(error) || 'error'}: ${message.replace(/\s+/g, ' ')}`;
}

/** Runs `attempt` again after a short, growing, jittered pause while it fails with a deadlock. */
export async function retryDeadlocks<T>(
  attempt: () => Promise<T>,
  maxRetryTimeMs: number,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  const started = Date.now();
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof DeadlockError) || Date.now() - started >= maxRetryTimeMs) throw error;
      await pause(Math.min(1000, 10 * 2 ** n) * (0.5 + Math.random()));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
