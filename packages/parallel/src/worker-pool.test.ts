import { describe, expect, it } from 'vitest';
import { createWorkerPool } from './worker-pool.js';

interface Echo {
  value: number;
  thread: number;
  data: unknown;
}
const script = new URL('./test-echo-worker.mjs', import.meta.url);

describe('createWorkerPool', () => {
  it('answers every task with its own result, spread over the threads', async () => {
    const pool = createWorkerPool<{ value: number; delayMs?: number }, Echo>(script, {
      size: 2,
      workerData: { k: 1 },
    });
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, value) => pool.run({ value, delayMs: value % 3 })),
      );
      expect(results.map((r) => r.value)).toEqual(Array.from({ length: 40 }, (_, i) => i));
      expect(new Set(results.map((r) => r.thread)).size).toBe(2);
      expect(results[0]?.data).toEqual({ k: 1 });
    } finally {
      await pool.close();
    }
  });

  it('fails the pending tasks, and later ones, when a worker throws', async () => {
    const pool = createWorkerPool<{ value?: number; crash?: boolean }, Echo>(script, {
      size: 1,
      perWorker: 1,
    });
    try {
      const crashed = pool.run({ crash: true });
      const queued = pool.run({ value: 1 });
      await expect(crashed).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringContaining('boom'),
      });
      await expect(queued).rejects.toMatchObject({ code: 'INTERNAL' });
      await expect(pool.run({ value: 2 })).rejects.toMatchObject({ code: 'INTERNAL' });
    } finally {
      await pool.close();
    }
  });

  it('answers a task whose thread died with onCrash, replaces the thread and goes on', async () => {
    const pool = createWorkerPool<{ value?: number; exit?: boolean }, Echo | string>(script, {
      size: 1,
      onCrash: (request, error) => `crashed on ${JSON.stringify(request)}: ${error.message}`,
    });
    try {
      const results = await Promise.all([
        pool.run({ value: 1 }),
        pool.run({ exit: true }),
        pool.run({ value: 3 }),
      ]);
      expect((results[0] as Echo).value).toBe(1);
      expect(results[1]).toMatch(/crashed on \{"exit":true\}: worker thread 1 exited \(code 3\)/);
      expect((results[2] as Echo).value).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('gives up after three crashes in a row, even with onCrash', async () => {
    const pool = createWorkerPool<{ exit: boolean }, Echo | string>(script, {
      size: 1,
      onCrash: () => 'crashed',
    });
    try {
      const results = await Promise.allSettled([1, 2, 3, 4].map(() => pool.run({ exit: true })));
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'rejected',
        'rejected',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('fails the pending tasks when a worker exits', async () => {
    const pool = createWorkerPool<{ exit: boolean }, Echo>(script, { size: 1 });
    try {
      await expect(pool.run({ exit: true })).rejects.toMatchObject({
        message: expect.stringContaining('exited (code 3)'),
      });
    } finally {
      await pool.close();
    }
  });

  it('rejects what is unfinished when closed, and everything after', async () => {
    const pool = createWorkerPool<{ value: number; delayMs: number }, Echo>(script, { size: 1 });
    const slow = expect(pool.run({ value: 1, delayMs: 200 })).rejects.toMatchObject({
      message: expect.stringContaining('closed'),
    });
    await pool.close();
    await slow;
    await expect(pool.run({ value: 2, delayMs: 0 })).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
