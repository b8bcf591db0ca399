import { describeError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { openDriver } from './connection.js';
import { connectionReason, toNewsgraphError } from './driver-errors.js';

const BOILERPLATE =
  'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0.';
const driverError = (message: string, cause?: Error): Error =>
  Object.assign(new Error(message, cause ? { cause } : {}), { code: 'ServiceUnavailable' });

describe('connectionReason', () => {
  it('keeps the one fact of a refused connection', () => {
    const error = driverError(`${BOILERPLATE} Caused by: connect ECONNREFUSED 127.0.0.1:7687`);
    expect(connectionReason(error)).toBe('nothing listens on 127.0.0.1:7687 (connection refused)');
  });

  it('looks through a routing failure to its cause', () => {
    const error = driverError(
      'Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=neo4j, routers=[]]',
      driverError(`${BOILERPLATE} Caused by: connect ECONNREFUSED 10.0.0.5:7687`),
    );
    expect(connectionReason(error)).toBe('nothing listens on 10.0.0.5:7687 (connection refused)');
  });

  it('names an unknown host and a timeout', () => {
    expect(
      connectionReason(driverError(`${BOILERPLATE} Caused by: getaddrinfo ENOTFOUND db.example`)),
    ).toBe('no such host db.example');
    expect(connectionReason(driverError('Connection acquisition timed out in 5000 ms.'))).toBe(
      'no answer in time (connection timed out)',
    );
  });

  it('cuts anything else to one short line', () => {
    const reason = connectionReason(driverError(`${'x'.repeat(300)}\nsecond line`));
    expect(reason.length).toBeLessThanOrEqual(160);
    expect(reason).not.toContain('\n');
  });

  it('is what a CONNECTION_FAILED error says', () => {
    const error = driverError(`${BOILERPLATE} Caused by: connect ECONNREFUSED 127.0.0.1:7687`);
    const ctx = {
      uri: 'bolt://localhost:7687',
      username: 'neo4j',
      database: 'neo4j',
      action: 'read',
    };
    expect(describeError(toNewsgraphError(error, ctx))).toBe(
      'bolt://localhost:7687: cannot reach Neo4j: nothing listens on 127.0.0.1:7687 (connection refused)',
    );
  });
});

describe('openDriver', () => {
  it('names the server without the credentials a URI may carry', async () => {
    const { driver, context } = openDriver(
      { uri: 'bolt://neo4j:secret@localhost:7687', username: 'neo4j', password: 'p' },
      { userAgent: 'test' },
    );
    try {
      expect(context.uri).toBe('bolt://localhost:7687');
    } finally {
      await driver.close();
    }
  });

  it('refuses a URI the driver does not speak as CONFIG_INVALID', () => {
    expect(() =>
      openDriver(
        { uri: 'http://localhost:7474', username: 'u', password: 'p' },
        { userAgent: 't' },
      ),
    ).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
