// Types for maven.mjs.
export const MAVEN_VERSION: string;
export const MAVEN_CENTRAL: string;
/** `REPO/org/apache/maven/apache-maven/V/apache-maven-V-bin.tar.gz`. */
export function mavenDistributionUrl(version: string, repository?: string): string;
/** `mvn` from PATH, else the cached download, else Apache Maven downloaded and SHA-512-checked now. */
export function ensureMaven(options: {
  cacheDir: string;
  env?: NodeJS.ProcessEnv;
  version?: string;
  logger?: { info(message: string): void };
}): Promise<string>;
