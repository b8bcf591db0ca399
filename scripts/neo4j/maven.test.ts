import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMaven, mavenDistributionUrl } from './maven.mjs';

const VERSION = '3.9.99';
/** A PATH with nothing on it, so no `mvn` (this machine has one in /usr/bin). */
const PATH_WITHOUT_MVN = join(tmpdir(), 'newsgraph-empty-path');

/** A repository on localhost serving a tiny stand-in for the Maven distribution. */
let server: Server;
let repository: string;
let requests: string[] = [];
const files = new Map<string, Buffer>();

beforeAll(async () => {
  await mkdir(PATH_WITHOUT_MVN, { recursive: true });
  const root = await mkdtemp(join(tmpdir(), 'newsgraph-maven-dist-'));
  const home = join(root, `apache-maven-${VERSION}`);
  await mkdir(join(home, 'bin'), { recursive: true });
  await writeFile(join(home, 'bin', 'mvn'), '#!/bin/sh\necho "Apache Maven (stand-in) $*"\n');
  await chmod(join(home, 'bin', 'mvn'), 0o755);
  execFileSync('tar', ['-czf', 'dist.tar.gz', `apache-maven-${VERSION}`], { cwd: root });
  const archive = await readFile(join(root, 'dist.tar.gz'));
  const path = new URL(mavenDistributionUrl(VERSION, 'http://x')).pathname;
  files.set(path, archive);
  files.set(
    `${path}.sha512`,
    Buffer.from(`${createHash('sha512').update(archive).digest('hex')}\n`),
  );
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files.get(req.url ?? '');
    res.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  repository = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('mavenDistributionUrl', () => {
  it('names the binary tarball of apache-maven on Maven Central', () => {
    expect(mavenDistributionUrl('3.9.16')).toBe(
      'https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.16/apache-maven-3.9.16-bin.tar.gz',
    );
  });
});

describe('ensureMaven', () => {
  it('uses mvn from PATH when there is one, downloading nothing', async () => {
    const bin = await mkdtemp(join(tmpdir(), 'newsgraph-mvn-bin-'));
    await writeFile(join(bin, 'mvn'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    requests = [];
    const cacheDir = await mkdtemp(join(tmpdir(), 'newsgraph-maven-cache-'));
    const env = { PATH: `${bin}:${PATH_WITHOUT_MVN}`, NEWSGRAPH_MAVEN_REPOSITORY: repository };
    expect(await ensureMaven({ cacheDir, env, version: VERSION })).toBe('mvn');
    expect(requests).toEqual([]);
  });

  it('without mvn on PATH, downloads the distribution, checks its SHA-512 and caches it', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'newsgraph-maven-cache-'));
    const env = { PATH: PATH_WITHOUT_MVN, NEWSGRAPH_MAVEN_REPOSITORY: repository };
    requests = [];
    const mvn = await ensureMaven({ cacheDir, env, version: VERSION });
    expect(mvn).toBe(join(cacheDir, 'maven', VERSION, `apache-maven-${VERSION}`, 'bin', 'mvn'));
    expect(spawnSync(mvn, ['-v'], { encoding: 'utf8' }).stdout).toContain('Apache Maven');
    expect(requests).toHaveLength(2);
    // The second time it is in the cache: no network.
    requests = [];
    expect(await ensureMaven({ cacheDir, env, version: VERSION })).toBe(mvn);
    expect(requests).toEqual([]);
  });

  it('refuses a download that does not match its checksum and leaves nothing behind', async () => {
    const path = new URL(mavenDistributionUrl(VERSION, 'http://x')).pathname;
    const good = files.get(`${path}.sha512`);
    files.set(`${path}.sha512`, Buffer.from('0'.repeat(128)));
    try {
      const cacheDir = await mkdtemp(join(tmpdir(), 'newsgraph-maven-cache-'));
      const env = { PATH: PATH_WITHOUT_MVN, NEWSGRAPH_MAVEN_REPOSITORY: repository };
      await expect(ensureMaven({ cacheDir, env, version: VERSION })).rejects.toMatchObject({
        code: 'DOWNLOAD_FAILED',
        message: expect.stringMatching(/does not match its published SHA-512/),
      });
      expect(
        existsSync(join(cacheDir, 'maven')) ? readdirSync(join(cacheDir, 'maven')) : [],
      ).toEqual([]);
      await rm(cacheDir, { recursive: true });
    } finally {
      if (good) files.set(`${path}.sha512`, good);
    }
  });

  it('says which URL failed when the repository does not have it', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'newsgraph-maven-cache-'));
    const env = { PATH: PATH_WITHOUT_MVN, NEWSGRAPH_MAVEN_REPOSITORY: repository };
    await expect(ensureMaven({ cacheDir, env, version: '0.0.1' })).rejects.toMatchObject({
      code: 'DOWNLOAD_FAILED',
      message: expect.stringContaining('apache-maven-0.0.1-bin.tar.gz answered HTTP 404'),
    });
  });
});
