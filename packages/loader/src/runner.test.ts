import { describe, expect, it } from 'vitest';
import { MemoryLimitError } from './driver-errors.js';
import { DeadlockError, TransientFailure, retryTransient } from './runner.js';

describe('retryTransient', () => {
  it('tries again after short pauses until the transaction gets through', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const result = await retryTransient(
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
    await expect(retryTransient(failing, 30_000)).rejects.toThrow('syntax');
    expect(calls).toBe(1);
  });

  it('waits about a second before retrying another transient failure', async () => {
    const pauses: number[] = [];
    let calls = 0;
    await retryTransient(
      () => (++calls < 2 ? Promise.reject(new TransientFailure('busy')) : Promise.resolve('ok')),
      30_000,
      (ms) => {
        pauses.push(ms);
        return Promise.resolve();
      },
    );
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toBeGreaterThanOrEqual(500);
  });

  it('never retries a memory-limit error: the caller splits the batch at once', async () => {
    let calls = 0;
    const tooBig = () => {
      calls += 1;
      return Promise.reject(new MemoryLimitError('transaction memory'));
    };
    await expect(retryTransient(tooBig, 30_000)).rejects.toBeInstanceOf(MemoryLimitError);
    expect(calls).toBe(1);
  });

  it('gives up once the retry time is spent', async () => {
    const deadlock = () => Promise.reject(new DeadlockError('deadlock'));
    await expect(retryTransient(deadlock, 0)).rejects.toBeInstanceOf(DeadlockError);
  });
});
