import { randomUUID } from 'node:crypto';
import type { Integer } from 'neo4j-driver';
import { inject, describe, expect, it } from 'vitest';
import { controlServer, openDriver } from './neo4j.js';

describe('controlServer', () => {
  if (inject('neo4j').source === 'NEO4J_URI') {
    it('refuses to control a server the harness does not own', () => {
      expect(() => controlServer()).toThrow(/NEO4J_URI/);
    });
    return;
  }

  it('stops the harness server and starts it again on the same data', async () => {
    const id = `harness-restart-${randomUUID()}`;
    const server = controlServer();
    const driver = openDriver();
    try {
      await driver.executeQuery('CREATE (:Article {id: $id})', { id });
      await server.stop();
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({
        code: 'ServiceUnavailable',
      });
      await server.start();
      const { records } = await driver.executeQuery(
        'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
        { id },
      );
      expect((records[0]?.get('n') as Integer).toNumber()).toBe(1);
    } finally {
      await server.start();
      await driver.executeQuery('MATCH (a:Article {id: $id}) DELETE a', { id });
      await driver.close();
    }
  });
});
