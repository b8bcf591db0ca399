import { createServer } from 'node:net';
import { LocalNeo4jError } from './errors.mjs';

/**
 * Tries to listen on 127.0.0.1:port.
 * @param {number} port 0 for any free port
 * @returns {Promise<number>} the port it got
 */
function listenOnce(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const got = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(got));
    });
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return listenOnce(0);
}

/**
 * Throws PORT_IN_USE when something already listens on 127.0.0.1:port.
 * @param {number} port
 * @param {string} what e.g. 'Bolt'
 * @param {string} envName the variable that moves it, e.g. 'NEO4J_BOLT_PORT'
 */
export async function assertPortFree(port, what, envName) {
  try {
    await listenOnce(port);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    throw new LocalNeo4jError(
      'PORT_IN_USE',
      `Port ${port} (${what}) on 127.0.0.1 is not free (${code}).`,
      {
        hint: `Stop whatever listens there (\`pnpm neo4j:stop\`; \`ss -ltnp\` shows it) or set ${envName} to another port.`,
        cause: error,
      },
    );
  }
}
