// Types for errors.mjs (the tests and the vitest harness import it from TypeScript).
export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'DOWNLOAD_FAILED'
  | 'PORT_IN_USE'
  | 'DATA_DIR_IN_USE'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'AUTH_MISMATCH'
  | 'STOP_FAILED'
  | 'DOCKER_FAILED';

/** The one error the local Neo4j tooling throws: a closed set of codes, a hint saying what to do. */
export class LocalNeo4jError extends Error {
  constructor(
    code: LocalNeo4jErrorCode,
    message: string,
    options?: { hint?: string; cause?: unknown },
  );
  readonly code: LocalNeo4jErrorCode;
  readonly hint: string | undefined;
  /** Message and hint on one line, for a CLI or a failed test setup. */
  oneLine(): string;
}
