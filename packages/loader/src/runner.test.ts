import { describe, expect, it } from 'vitest';
import { DeadlockError, retryDeadlocks } from './runner.js';

describe('retryDeadlocks', () => {
  it('tries again after short pauses until the transaction gets through', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const result = await retryDeadlocks(
      () => (++calls < 4 ? Promise.reject(new DeadlockError('deadlock')) : Promise.resolve('ok')),
      30_000,
      (ms) => {
        pauses.push(ms);
        return Promise.resolve();
      },
    );
    expect(result).toBe('ok');
    expect(pauses).toHaveLength(3);
    expect(Math.max(...pauses)).toBeLessThan(100);
  });

  it('passes other errors straight through', async () => {
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('syntax'));
    };
    await expect(retryDeadlocks(failing, 30_000)).rejects.toThrow('syntax');
    expect(calls).toBe(1);
  });

  it('gives up once the retry time is spent', async () => {
    const deadlock = () => Promise.reject(new DeadlockError('deadlock'));
    await expect(retryDeadlocks(deadlock, 0)).rejects.toBeInstanceOf(DeadlockError);
  });
});
