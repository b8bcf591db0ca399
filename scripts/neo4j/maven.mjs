// Maven for fetching Neo4j, bootstrapped the way the Maven Wrapper does it: `mvn` from PATH when
// there is one, else the Apache Maven distribution from Maven Central, checked against the
// SHA-512 that Central publishes beside it, unpacked once into the cache. Node and a JRE suffice.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors.mjs';

/** The Maven release fetched when none is installed (3.9.x, like the Maven Wrapper's default). */
export const MAVEN_VERSION = '3.9.16';
/** Maven Central; NEWSGRAPH_MAVEN_REPOSITORY points elsewhere (a mirror, or a test's server). */
export const MAVEN_CENTRAL = 'https://repo.maven.apache.org/maven2';

/**
 * Where a Maven distribution lives in a Maven repository.
 * @param {string} version
 * @param {string} [repository]
 */
export function mavenDistributionUrl(version, repository = MAVEN_CENTRAL) {
  const base = repository.replace(/\/+$/, '');
  return `${base}/org/apache/maven/apache-maven/${version}/apache-maven-${version}-bin.tar.gz`;
}

/**
 * Whether `mvn` answers on PATH.
 * @param {NodeJS.ProcessEnv} env
 */
function mavenOnPath(env) {
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const result = spawnSync(mvn, ['-v'], {
    env,
    stdio: 'ignore',
    shell: process.platform === 'win32',
    timeout: 60_000,
  });
  return result.status === 0 ? mvn : undefined;
}

/**
 * @param {string} url
 * @returns {Promise<Buffer>}
 */
async function download(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new LocalNeo4jError('DOWNLOAD_FAILED', `Could not download ${url}.`, {
      hint: 'Check the network (or set NEWSGRAPH_MAVEN_REPOSITORY to a mirror), or install Maven 3.6+.',
      cause,
    });
  }
  if (!response.ok) {
    throw new LocalNeo4jError('DOWNLOAD_FAILED', `${url} answered HTTP ${response.status}.`, {
      hint: 'Check the network (or set NEWSGRAPH_MAVEN_REPOSITORY to a mirror), or install Maven 3.6+.',
    });
  }
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Downloads, verifies and unpacks the distribution into `dir`; nothing is left on failure.
 * @param {{ url: string, dir: string, home: string }} where
 */
async function install({ url, dir, home }) {
  const [archive, published] = await Promise.all([download(url), download(`${url}.sha512`)]);
  const expected = published.toString('utf8').trim().split(/\s+/)[0]?.toLowerCase();
  const actual = createHash('sha512').update(archive).digest('hex');
  if (expected !== actual) {
    throw new LocalNeo4jError('DOWNLOAD_FAILED', `${url} does not match its published SHA-512.`, {
      hint: 'A proxy or mirror may have altered it; retry, or install Maven 3.6+.',
    });
  }
  const work = `${dir}.part-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    await writeFile(join(work, 'maven.tar.gz'), archive);
    const untar = spawnSync('tar', ['-xzf', 'maven.tar.gz'], { cwd: work, encoding: 'utf8' });
    if (untar.status !== 0) {
      throw new LocalNeo4jError(
        'DOWNLOAD_FAILED',
        `Unpacking ${url} failed: ${(untar.stderr || untar.error?.message || '').trim()}`,
      );
    }
    await rm(join(work, 'maven.tar.gz'));
    if (!existsSync(join(work, home, 'bin', 'mvn'))) {
      throw new LocalNeo4jError('DOWNLOAD_FAILED', `${url} holds no ${home}/bin/mvn.`);
    }
    await rm(dir, { recursive: true, force: true });
    await rename(work, dir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The Maven command to run: `mvn` from PATH, else the cached download, else one downloaded now.
 * @param {{ cacheDir: string, env?: NodeJS.ProcessEnv, version?: string,
 *   logger?: { info(message: string): void } }} options
 * @returns {Promise<string>}
 */
export async function ensureMaven({
  cacheDir,
  env = process.env,
  version = MAVEN_VERSION,
  logger,
}) {
  const onPath = mavenOnPath(env);
  if (onPath) return onPath;
  const home = `apache-maven-${version}`;
  const dir = join(cacheDir, 'maven', version);
  const mvn = join(dir, home, 'bin', process.platform === 'win32' ? 'mvn.cmd' : 'mvn');
  if (existsSync(mvn)) return mvn;
  const url = mavenDistributionUrl(version, env.NEWSGRAPH_MAVEN_REPOSITORY || MAVEN_CENTRAL);
  logger?.info(`No mvn on PATH: downloading Apache Maven ${version} from ${url}…`);
  await install({ url, dir, home });
  return mvn;
}
