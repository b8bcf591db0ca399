/**
 * @typedef {'JAVA_MISSING' | 'JAVA_TOO_OLD' | 'MAVEN_MISSING' | 'DOWNLOAD_FAILED' | 'PORT_IN_USE'
 *   | 'DATA_DIR_IN_USE' | 'START_FAILED' | 'START_TIMEOUT' | 'AUTH_MISMATCH' | 'STOP_FAILED'
 *   | 'DOCKER_FAILED'} LocalNeo4jErrorCode
 */

/** The one error the local Neo4j tooling throws: a closed set of codes, a hint saying what to do. */
export class LocalNeo4jError extends Error {
  /**
   * @param {LocalNeo4jErrorCode} code
   * @param {string} message what went wrong, and where
   * @param {{ hint?: string, cause?: unknown }} [options]
   */
  constructor(code, message, options = {}) {
    super(message, { cause: options.cause });
    this.name = 'LocalNeo4jError';
    /** @readonly */
    this.code = code;
    /** @readonly */
    this.hint = options.hint;
  }

  /** Message and hint on one line, for a CLI or a failed test setup. */
  oneLine() {
    return this.hint ? `${this.message} ${this.hint}` : this.message;
  }
}
