import { NewsgraphError } from '@newsgraph/graph-schema';
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { toNewsgraphError, type ErrorContext } from './driver-errors.js';
import type { Neo4jSettings } from './types.js';
import { redactUri, toNeo4jUri } from './uri.js';

/**
 * How long a TCP connect, and the wait for a pooled connection, may take. The driver's own
 * defaults (30 s and 60 s) plus its transaction retries made a stopped server cost half a
 * minute; a reachable server answers within milliseconds.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

export interface OpenDriverOptions {
  /** Sent to the server, which lists it among the connections (default newsgraph/0.1.0). */
  userAgent?: string;
  /** Integers as JS numbers (the loader's writes) instead of the driver's Integer (exact reads). */
  plainIntegers?: boolean;
  /** How long managed transactions retry transient failures (driver default 30 s). */
  maxTransactionRetryTime?: number;
}

/**
 * The handle to one database: the caller opens it (`openDriver`), passes it to the loader and the
 * readers, and closes it (`closeConnection`) when done.
 */
export interface Connection {
  driver: Driver;
  /** For error messages: the URI without credentials, the user and the database. */
  context: Omit<ErrorContext, 'action'>;
}

/** The one place a driver is made: a checked URI and short connection timeouts. */
export function openDriver(settings: Neo4jSettings, options: OpenDriverOptions = {}): Connection {
  const uri = toNeo4jUri(settings.uri);
  const context = { uri: redactUri(uri), username: settings.username, database: settings.database };
  const config: Config = {
    userAgent: options.userAgent ?? 'newsgraph/0.1.0',
    disableLosslessIntegers: options.plainIntegers ?? false,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
    ...(options.maxTransactionRetryTime === undefined
      ? {}
      : { maxTransactionRetryTime: options.maxTransactionRetryTime }),
  };
  try {
    const driver = neo4j.driver(
      uri,
      neo4j.auth.basic(settings.username, settings.password),
      config,
    );
    return { driver, context };
  } catch (cause) {
    throw new NewsgraphError('CONFIG_INVALID', 'the driver refused this URI', {
      where: context.uri,
      cause,
    });
  }
}

export async function closeConnection({ driver }: Connection): Promise<void> {
  await driver.close();
}

const verified = new WeakMap<Connection, Promise<void>>();

/**
 * verifyConnection once per connection: the readers check before their first query, so a
 * stopped server fails at once rather than after the driver's retries, and later reads on the
 * same connection pay nothing. A failed check is not remembered.
 */
export function ensureVerified(connection: Connection): Promise<void> {
  let check = verified.get(connection);
  if (check === undefined) {
    check = verifyConnection(connection).catch((error: unknown) => {
      verified.delete(connection);
      throw error;
    });
    verified.set(connection, check);
  }
  return check;
}

/**
 * Server reachable, credentials accepted, database present, in one round trip and without the
 * driver's retries: a stopped server fails here at once instead of after the retry time.
 */
export async function verifyConnection({ driver, context }: Connection): Promise<void> {
  try {
    await driver.verifyConnectivity(
      context.database === undefined ? {} : { database: context.database },
    );
  } catch (error) {
    throw toNewsgraphError(error, { ...context, action: 'connect' });
  }
}
