import { DEFAULTS } from './defaults.mjs';

/**
 * A minimal neo4j.conf for a single developer or test server. Paths are relative to the server's
 * home (its data folder), so they need no escaping on any platform.
 * `settings` are extra `key=value` lines, written last (e.g. a test's `db.memory.transaction.max`).
 * @param {{ boltPort: number, httpPort: number, pageCache?: string, settings?: Record<string, string> }} options
 */
export function renderNeo4jConf({
  boltPort,
  httpPort,
  pageCache = DEFAULTS.pageCache,
  settings = {},
}) {
  for (const [key, value] of Object.entries(settings)) {
    if (!/^[\w.]+$/.test(key) || /[\r\n]/.test(value)) {
      throw new Error(`Not a neo4j.conf setting: ${JSON.stringify(key)}=${JSON.stringify(value)}`);
    }
  }
  return [
    '# Written by scripts/neo4j on every start; edit scripts/neo4j/neo4j-conf.mjs instead.',
    'server.default_listen_address=127.0.0.1',
    // Browser reads the advertised Bolt address from the discovery document at http://localhost:PORT/.
    'server.default_advertised_address=localhost',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=localhost:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=localhost:${httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${pageCache}`,
    'server.directories.data=data',
    'server.directories.logs=logs',
    'server.directories.run=run',
    'server.directories.import=import',
    'dbms.usage_report.enabled=false',
    'db.tx_log.preallocate=false',
    // Bolt otherwise waits 2 x 5 s for idle worker threads on shutdown; the tests stop and restart.
    'internal.server.bolt.thread_pool_shutdown_wait_time=0s',
    'internal.server.bolt.connection_shutdown_wait_time=0s',
    ...Object.entries(settings).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

/**
 * JVM flags for `org.neo4j.server.CommunityEntryPoint`, as the `neo4j` launcher script would pass.
 * `quickStart` keeps the JIT at C1: start-up takes about half as long (18 s instead of 37 s on a
 * busy 2-core machine), queries run slower in the long run; right for tests, not for benchmarks.
 * @param {{ heap?: string, quickStart?: boolean }} [options]
 */
export function jvmArgs({ heap = DEFAULTS.heap, quickStart = false } = {}) {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...(quickStart ? ['-XX:TieredStopAtLevel=1'] : []),
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}
