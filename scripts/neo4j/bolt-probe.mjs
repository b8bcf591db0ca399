import neo4j from 'neo4j-driver';
import { LocalNeo4jError } from './errors.mjs';
import { sleep } from './process.mjs';

/**
 * Waits until the server answers `RETURN 1` over Bolt with these credentials.
 * @param {{ uri: string, username: string, password: string, database: string, timeoutMs: number,
 *   exited?: () => string | undefined }} options `exited` says why the server died, if it did
 */
export async function waitForBolt({ uri, username, password, database, timeoutMs, exited }) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const died = exited?.();
      if (died !== undefined) throw new LocalNeo4jError('START_FAILED', died);
      // A plain session: executeQuery would retry unavailability itself for 30 s.
      const session = driver.session({ database });
      try {
        await session.run('RETURN 1');
        return;
      } catch (error) {
        if (
          /** @type {{ code?: string }} */ (error).code === 'Neo.ClientError.Security.Unauthorized'
        ) {
          throw new LocalNeo4jError(
            'AUTH_MISMATCH',
            `Neo4j at ${uri} refused the password for user ${username}.`,
            {
              cause: error,
            },
          );
        }
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(
            'START_TIMEOUT',
            `Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s.`,
            {
              cause: error,
            },
          );
        }
      } finally {
        await session.close();
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}
