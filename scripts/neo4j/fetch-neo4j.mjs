import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheDir } from './defaults.mjs';
import { LocalNeo4jError } from './errors.mjs';
import { ensureMaven } from './maven.mjs';

/** Neo4j Community 5.26 LTS, newest patch Maven Central serves, unless a version is pinned. */
export const NEO4J_VERSION_RANGE = '[5.26.0,5.27.0)';
/** Neo4j Browser 5.x is what Neo4j 5 serves; Maven Central's newest is older than the server. */
export const BROWSER_VERSION_RANGE = '[5.0.0,6.0.0)';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const MANIFEST = 'manifest.json';

/**
 * @typedef {{ version: string, browserVersion: string, libDir: string, classpath: string,
 *   downloaded: boolean }} Neo4jDistribution
 */

/**
 * A throwaway pom whose dependencies are the server and Browser. `direct` excludes everything
 * transitive: with version ranges, Maven reads the whole dependency tree of every version in the
 * range (thousands of poms), so the versions are resolved first, directly, and then pinned.
 * @param {{ version?: string, browserVersion?: string, direct?: boolean }} [options]
 */
export function renderFetchPom({
  version = NEO4J_VERSION_RANGE,
  browserVersion = BROWSER_VERSION_RANGE,
  direct = false,
} = {}) {
  const exclusions = direct
    ? '<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>'
    : '';
  const dependency = (
    /** @type {string} */ group,
    /** @type {string} */ artifact,
    /** @type {string} */ v,
  ) =>
    `    <dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${v}</version>${exclusions}</dependency>`;
  return [
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>local.newsgraph</groupId><artifactId>neo4j-fetch</artifactId><version>0</version>',
    '  <packaging>pom</packaging>',
    '  <dependencies>',
    dependency('org.neo4j', 'neo4j', version),
    dependency('org.neo4j.client', 'neo4j-browser', browserVersion),
    '  </dependencies>',
    '</project>',
    '',
  ].join('\n');
}

/**
 * The server and Browser versions in the output of `mvn dependency:list`.
 * @param {string} text
 * @returns {{ version: string, browserVersion: string } | undefined}
 */
export function parseDependencyList(text) {
  const version = /\borg\.neo4j:neo4j:jar:([^:\s]+):/.exec(text)?.[1];
  const browserVersion = /\borg\.neo4j\.client:neo4j-browser:jar:([^:\s]+):/.exec(text)?.[1];
  return version && browserVersion ? { version, browserVersion } : undefined;
}

/**
 * Compares dotted numeric versions, for picking the newest cached patch.
 * @param {string} a
 * @param {string} b
 */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The cached distribution, if one is complete: its manifest lists every jar with its size.
 * @param {string} dir
 * @returns {Promise<Neo4jDistribution | undefined>}
 */
async function readComplete(dir) {
  /** @type {{ version: string, browserVersion: string, jars: Record<string, number> }} */
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  const libDir = join(dir, 'lib');
  for (const [name, size] of Object.entries(manifest.jars)) {
    const found = await stat(join(libDir, name)).catch(() => undefined);
    if (found?.size !== size) return undefined;
  }
  return distribution(manifest, libDir, false);
}

/**
 * @param {{ version: string, browserVersion: string }} versions
 * @param {string} libDir
 * @param {boolean} downloaded
 * @returns {Neo4jDistribution}
 */
function distribution({ version, browserVersion }, libDir, downloaded) {
  // Java expands `dir/*` to every jar in it; shorter than listing 200 jars on the command line.
  return { version, browserVersion, libDir, classpath: join(libDir, '*'), downloaded };
}

/**
 * The newest complete distribution in the cache (or the pinned version's), without any network.
 * @param {{ cacheDir?: string, version?: string }} [options]
 */
export async function findCachedNeo4j({ cacheDir = defaultCacheDir(), version } = {}) {
  const names = existsSync(cacheDir) ? await readdir(cacheDir) : [];
  const versions = names
    .map((name) => /^neo4j-(\d+\.\d+\.\d+)$/.exec(name)?.[1])
    .filter((v) => v !== undefined)
    .filter((v) => (version ? v === version : v.startsWith('5.26.')))
    .sort(compareVersions)
    .reverse();
  for (const v of versions) {
    const found = await readComplete(join(cacheDir, `neo4j-${v}`));
    if (found) return found;
  }
  return undefined;
}

/**
 * Makes sure Neo4j Community 5.26 and Neo4j Browser are in the cache, downloading them from Maven
 * Central with Maven the first time (`mvn` from PATH, else Apache Maven itself downloaded into the
 * cache). A complete cache is used as is, without touching the network.
 * @param {{ cacheDir?: string, version?: string, logger?: { info(message: string): void } }} [options]
 * @returns {Promise<Neo4jDistribution>}
 */
export async function ensureNeo4j({ cacheDir = defaultCacheDir(), version, logger } = {}) {
  const cached = await findCachedNeo4j({ cacheDir, version });
  if (cached) return cached;
  logger?.info(`Downloading Neo4j ${version ?? '5.26'} and Neo4j Browser from Maven Central…`);
  const work = join(cacheDir, `.fetch-${process.pid}-${Date.now()}`);
  try {
    await mkdir(work, { recursive: true });
    const mvn = await ensureMaven({ cacheDir, logger });
    await writeFile(join(work, 'pom.xml'), renderFetchPom({ version, direct: true }));
    await runMaven(mvn, work, ['list', '-DoutputFile=versions.txt', '-DincludeScope=runtime']);
    const versions = parseDependencyList(await readFile(join(work, 'versions.txt'), 'utf8'));
    if (!versions) {
      throw new LocalNeo4jError('DOWNLOAD_FAILED', `Maven resolved no Neo4j ${version ?? '5.26'}.`);
    }
    await writeFile(join(work, 'pom.xml'), renderFetchPom(versions));
    await runMaven(mvn, work, [
      'copy-dependencies',
      '-DoutputDirectory=lib',
      '-DincludeScope=runtime',
    ]);
    const libDir = join(work, 'lib');
    const names = await readdir(libDir);
    if (!names.includes(`neo4j-${versions.version}.jar`)) {
      throw new LocalNeo4jError(
        'DOWNLOAD_FAILED',
        `Maven did not fetch the Neo4j server jar into ${libDir}.`,
      );
    }
    /** @type {Record<string, number>} */
    const jars = {};
    for (const name of names) jars[name] = (await stat(join(libDir, name))).size;
    await writeFile(join(work, MANIFEST), `${JSON.stringify({ ...versions, jars }, null, 2)}\n`);
    const target = join(cacheDir, `neo4j-${versions.version}`);
    await rm(target, { recursive: true, force: true });
    // A concurrent fetch may have renamed its copy first; either copy is complete.
    await rename(work, target).catch(() => undefined);
    const done = await readComplete(target);
    if (!done)
      throw new LocalNeo4jError('DOWNLOAD_FAILED', `The Neo4j cache in ${target} is incomplete.`);
    return { ...done, downloaded: true };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Runs a maven-dependency-plugin goal on work/pom.xml.
 * @param {string} mvn the Maven command
 * @param {string} work
 * @param {string[]} goal the goal and its -D options
 * @returns {Promise<void>}
 */
function runMaven(mvn, work, [goal, ...options]) {
  const args = [
    '-B',
    '-q',
    '-Dstyle.color=never',
    '-f',
    'pom.xml',
    `${DEPENDENCY_PLUGIN}:${goal}`,
    ...options,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      reject(
        new LocalNeo4jError(
          'MAVEN_MISSING',
          'Maven (`mvn`) is needed to download Neo4j but was not found.',
          {
            hint: 'Install Maven 3.6+ (e.g. `apt-get install maven`), or run Neo4j with Docker (`docker compose up -d --wait`).',
            cause: error,
          },
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const line = output
        // Maven colours its output: ANSI escape sequences, which a control character starts.
        // eslint-disable-next-line no-control-regex
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .find((l) => l.includes('[ERROR]'))
        ?.replace(/\s+/g, ' ')
        .replace(/ -> \[Help 1\]$/, '')
        .trim();
      reject(
        new LocalNeo4jError(
          'DOWNLOAD_FAILED',
          `Downloading Neo4j from Maven Central failed (mvn exit ${code}): ${line ?? 'no error line'}.`,
          {
            hint: 'Check the network or the proxy in ~/.m2/settings.xml, then retry (`node scripts/neo4j/cli.mjs fetch`).',
          },
        ),
      );
    });
  });
}
