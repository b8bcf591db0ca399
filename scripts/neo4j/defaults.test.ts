import { describe, expect, it } from 'vitest';
import { DEFAULTS, localSettingsFromEnv } from './defaults.mjs';

describe('localSettingsFromEnv', () => {
  it('falls back to the documented defaults', () => {
    const settings = localSettingsFromEnv({});
    expect(settings).toMatchObject({ boltPort: 7687, httpPort: 7474, password: 'newsgraph' });
    expect(settings.dataDir).toMatch(/[/\\]\.neo4j$/);
    expect(settings.cacheDir).toMatch(/[/\\]\.cache[/\\]neo4j$/);
  });

  it('takes ports, password, folders and a pinned version from the environment', () => {
    const settings = localSettingsFromEnv({
      NEO4J_BOLT_PORT: '17687',
      NEO4J_HTTP_PORT: '17474',
      NEO4J_PASSWORD: 'correct-horse',
      NEWSGRAPH_CACHE: '/var/cache/ng',
      NEWSGRAPH_NEO4J_DIR: '/srv/neo4j',
      NEWSGRAPH_NEO4J_VERSION: '5.26.1',
    });
    expect(settings).toMatchObject({ boltPort: 17687, httpPort: 17474, password: 'correct-horse' });
    expect(settings).toMatchObject({ dataDir: '/srv/neo4j', version: '5.26.1' });
    expect(settings.cacheDir).toMatch(/^[/\\]var[/\\]cache[/\\]ng[/\\]neo4j$/);
  });

  it('rejects a port that is not a number', () => {
    expect(() => localSettingsFromEnv({ NEO4J_BOLT_PORT: '76870' })).toThrow(/NEO4J_BOLT_PORT/);
  });

  it('uses a default password Neo4j accepts (8 characters or more)', () => {
    expect(DEFAULTS.password.length).toBeGreaterThanOrEqual(8);
  });
});
