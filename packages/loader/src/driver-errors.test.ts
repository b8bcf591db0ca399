import { describeError, NewsgraphError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { MemoryLimitError, isMemoryLimitError, toNewsgraphError } from './driver-errors.js';

const ctx = { uri: 'bolt://db:7687', username: 'neo4j', database: 'news', action: 'write' };
const serverError = (code: string, message = 'boom'): Error =>
  Object.assign(new Error(message), { code });

describe('toNewsgraphError', () => {
  it.each([
    ['ServiceUnavailable', 'CONNECTION_FAILED'],
    ['SessionExpired', 'CONNECTION_FAILED'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'CONNECTION_FAILED'],
    ['Neo.ClientError.Security.Unauthorized', 'AUTH_FAILED'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'AUTH_FAILED'],
    ['Neo.ClientError.Security.Forbidden', 'AUTH_FAILED'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DATABASE_NOT_FOUND'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'WRITE_FAILED'],
    ['Neo.ClientError.Statement.SyntaxError', 'WRITE_FAILED'],
  ])('maps %s to %s, naming the server', (code, expected) => {
    const error = toNewsgraphError(serverError(code, 'first line\nsecond line'), ctx);
    expect(error.code).toBe(expected);
    expect(error.where).toBe('bolt://db:7687');
    expect(describeError(error)).toMatch(/^bolt:\/\/db:7687: /);
    expect(error.message).not.toMatch(/\n/);
  });

  it('says which database is missing', () => {
    expect(
      toNewsgraphError(serverError('Neo.ClientError.Database.DatabaseNotFound'), ctx).message,
    ).toMatch(/"news" does not exist/);
  });

  it('leaves a NewsgraphError alone', () => {
    const original = new NewsgraphError('NOT_ALLOWED', 'x');
    expect(toNewsgraphError(original, ctx)).toBe(original);
  });

  it('marks transient failures retriable', () => {
    expect(
      toNewsgraphError(serverError('Neo.TransientError.Transaction.DeadlockDetected'), ctx)
        .retriable,
    ).toBe(true);
  });
});

describe('isMemoryLimitError', () => {
  it.each([
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.TransientError.General.TransactionMemoryLimit',
    'Neo.TransientError.General.OutOfMemoryError',
  ])('knows %s', (code) => expect(isMemoryLimitError(serverError(code))).toBe(true));

  it('ignores other errors', () => {
    expect(isMemoryLimitError(serverError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(
      false,
    );
    expect(isMemoryLimitError(new MemoryLimitError('x'))).toBe(true);
  });
});
