// Types for java.mjs.
export const MIN_JAVA: 17;
/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java`. */
export function javaCommand(env?: NodeJS.ProcessEnv): string;
/** The major version in `java -version` output: "17.0.15" → 17, "1.8.0_392" → 8. */
export function parseJavaMajor(text: string): number | undefined;
/** Throws LocalNeo4jError JAVA_MISSING or JAVA_TOO_OLD. */
export function requireJava(env?: NodeJS.ProcessEnv): { command: string; major: number };
