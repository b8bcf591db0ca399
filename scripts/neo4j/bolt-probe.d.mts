// Types for bolt-probe.mjs.
/**
 * Waits until the server answers `RETURN 1`; throws LocalNeo4jError AUTH_MISMATCH on a refused
 * password, START_TIMEOUT after timeoutMs, START_FAILED when `exited` returns a reason.
 */
export function waitForBolt(options: {
  uri: string;
  username: string;
  password: string;
  database: string;
  timeoutMs: number;
  exited?: () => string | undefined;
}): Promise<void>;
