import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compareVersions,
  findCachedNeo4j,
  parseDependencyList,
  renderFetchPom,
} from './fetch-neo4j.mjs';

describe('renderFetchPom', () => {
  it('asks for the newest 5.26 server and a 5.x Browser by default', () => {
    const pom = renderFetchPom();
    expect(pom).toContain('<artifactId>neo4j</artifactId><version>[5.26.0,5.27.0)</version>');
    expect(pom).toContain(
      '<groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId>',
    );
  });

  it('pins a server version when given one', () => {
    expect(renderFetchPom({ version: '5.26.3' })).toContain('<version>5.26.3</version>');
  });

  it('excludes every transitive dependency when asked for the direct ones only', () => {
    const exclusion = '<exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion>';
    expect(renderFetchPom({ direct: true }).split(exclusion)).toHaveLength(3);
    expect(renderFetchPom()).not.toContain('<exclusion>');
  });
});

describe('parseDependencyList', () => {
  it('reads the resolved server and Browser versions from `mvn dependency:list` output', () => {
    const output = [
      'The following files have been resolved:',
      '   org.neo4j:neo4j:jar:5.26.30:compile -- module org.neo4j.community [auto]',
      '   org.neo4j.client:neo4j-browser:jar:5.24.0:compile -- module neo4j.browser (auto)',
    ].join('\n');
    expect(parseDependencyList(output)).toEqual({ version: '5.26.30', browserVersion: '5.24.0' });
  });

  it('does not take a neo4j-* module for the server', () => {
    const output =
      'org.neo4j:neo4j-kernel:jar:5.26.30:compile\norg.neo4j.client:neo4j-browser:jar:5.24.0:compile';
    expect(parseDependencyList(output)).toBeUndefined();
  });
});

describe('compareVersions', () => {
  it('compares patch numbers numerically', () => {
    expect(['5.26.9', '5.26.30', '5.26.10'].sort(compareVersions)).toEqual([
      '5.26.9',
      '5.26.10',
      '5.26.30',
    ]);
  });
});

describe('findCachedNeo4j', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'newsgraph-cache-test-'));
  });
  afterEach(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  async function cache(
    version: string,
    jars: Record<string, string>,
    manifestSizes?: Record<string, number>,
  ) {
    const lib = join(cacheDir, `neo4j-${version}`, 'lib');
    await mkdir(lib, { recursive: true });
    for (const [name, content] of Object.entries(jars)) await writeFile(join(lib, name), content);
    const sizes =
      manifestSizes ?? Object.fromEntries(Object.entries(jars).map(([n, c]) => [n, c.length]));
    const manifest = { version, browserVersion: '5.24.0', jars: sizes };
    await writeFile(join(cacheDir, `neo4j-${version}`, 'manifest.json'), JSON.stringify(manifest));
  }

  it('finds nothing in an empty or missing cache', async () => {
    expect(await findCachedNeo4j({ cacheDir })).toBeUndefined();
    expect(await findCachedNeo4j({ cacheDir: join(cacheDir, 'missing') })).toBeUndefined();
  });

  it('uses the newest complete 5.26 patch without downloading', async () => {
    await cache('5.26.9', { 'neo4j-5.26.9.jar': 'x' });
    await cache('5.26.30', { 'neo4j-5.26.30.jar': 'xy' });
    const found = await findCachedNeo4j({ cacheDir });
    expect(found).toMatchObject({ version: '5.26.30', downloaded: false });
    expect(found?.classpath).toBe(join(cacheDir, 'neo4j-5.26.30', 'lib', '*'));
  });

  it('ignores a copy whose jars do not match its manifest (an interrupted download)', async () => {
    await cache('5.26.9', { 'neo4j-5.26.9.jar': 'x' });
    await cache(
      '5.26.30',
      { 'neo4j-5.26.30.jar': 'x' },
      { 'neo4j-5.26.30.jar': 1, 'lucene-core.jar': 5 },
    );
    expect(await findCachedNeo4j({ cacheDir })).toMatchObject({ version: '5.26.9' });
  });

  it('finds only the pinned version when one is given', async () => {
    await cache('5.26.30', { 'neo4j-5.26.30.jar': 'x' });
    expect(await findCachedNeo4j({ cacheDir, version: '5.26.9' })).toBeUndefined();
  });
});
