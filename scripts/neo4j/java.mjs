import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors.mjs';

/** Neo4j 5.26 runs on Java 17 or 21. */
export const MIN_JAVA = 17;

const INSTALL_HINT =
  'Install a JDK 17 or 21 (e.g. `apt-get install openjdk-17-jre-headless`) and put `java` on PATH ' +
  'or set JAVA_HOME, or run Neo4j with Docker (`docker compose up -d --wait`).';

/**
 * The `java` to run: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function javaCommand(env = process.env) {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * The major version in `java -version` output: `"17.0.15"` → 17, `"1.8.0_392"` → 8.
 * @param {string} text
 * @returns {number | undefined}
 */
export function parseJavaMajor(text) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Checks that a recent enough Java is installed.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ command: string, major: number }}
 */
export function requireJava(env = process.env) {
  const command = javaCommand(env);
  const result = spawnSync(command, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError('JAVA_MISSING', `Java not found (tried \`${command}\`).`, {
      hint: INSTALL_HINT,
      cause: result.error,
    });
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `Neo4j 5.26 needs Java ${MIN_JAVA}+, but \`${command}\` is Java ${major ?? '(unknown version)'}.`,
      { hint: INSTALL_HINT },
    );
  }
  return { command, major };
}
