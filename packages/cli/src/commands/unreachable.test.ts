import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-context.js';

const SAMPLE = fileURLToPath(
  new URL('../../../../examples/00-nato-islamic-state.txt', import.meta.url),
);

/** A loopback port nothing listens on: bound once by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const COMMANDS: [string, string[]][] = [
  ['stats', ['stats']],
  ['query', ['query', 'who-opposes-whom']],
  ['export --from-db', ['export', '--from-db', '--format', 'json']],
  ['export --from-db over neo4j://', ['export', '--from-db', '--format', 'json']],
  ['ingest', ['ingest', '--workers', '1', SAMPLE]],
  ['delete', ['delete', '--article', 'a']],
  ['schema apply', ['schema', 'apply']],
];

describe('a database that is not running', () => {
  it.each(COMMANDS)(
    '%s fails at once with one short line naming the server',
    async (name, argv) => {
      const port = await closedPort();
      const scheme = name.includes('neo4j://') ? 'neo4j' : 'bolt';
      const uri = `${scheme}://127.0.0.1:${port}`;
      const res = await runCli([...argv, '--uri', uri], { env: {} });
      expect(res.code).toBe(1);
      const [first, ...rest] = res.stderr.trimEnd().split('\n');
      expect(first).toBe(
        `newsgraph: ${uri}: cannot reach Neo4j: nothing listens on 127.0.0.1:${port} (connection refused)`,
      );
      expect(rest.every((line) => line.startsWith('  hint: '))).toBe(true);
      expect(res.stderr).not.toMatch(/Please ensure|routing table|RoutingTable/i);
    },
    // The driver retried for 30 s before failing; a refused connection needs milliseconds.
    8_000,
  );
});
