import neo4j, { type Driver } from 'neo4j-driver';
import {
  MemoryLimitError,
  isMemoryLimitError,
  toNewsgraphError,
  type ErrorContext,
} from './driver-errors.js';
import { addCounters, emptyCounters, type Counters } from './summary.js';
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

export function driverRunner(driver: Driver, context: Omit<ErrorContext, 'action'>): Runner {
  const { database } = context;
  const session = (write: boolean) =>
    driver.session({
      ...(database === undefined ? {} : { database }),
      defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
    });
  const fail = (action: string) => (error: unknown) => {
    throw toNewsgraphError(error, { ...context, action });
  };
  return {
    async write(statements) {
      const s = session(true);
      try {
        return await s.executeWrite(async (tx) => {
          // Sent back to back without waiting (Bolt pipelines them), read in order.
          const settled = await Promise.allSettled(
            statements.map((st) => Promise.resolve(tx.run(st.text, st.params))),
          );
          const counters = emptyCounters();
          for (const result of settled) {
            if (result.status === 'rejected') {
              // Not a driver error, so executeWrite does not retry the same oversized batch.
              if (isMemoryLimitError(result.reason))
                throw new MemoryLimitError(String(result.reason), { cause: result.reason });
              throw result.reason;
            }
            addCounters(counters, result.value.summary.counters.updates());
          }
          return counters;
        });
      } catch (error) {
        return fail('write')(error instanceof MemoryLimitError ? error.cause : error);
      } finally {
        await s.close();
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
