import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapOrdered } from './ordered-map.js';

async function* count(
  n: number,
  seen?: { pulled: number; closed: boolean },
): AsyncGenerator<number> {
  try {
    for (let i = 0; i < n; i += 1) {
      await Promise.resolve();
      if (seen) seen.pulled += 1;
      yield i;
    }
  } finally {
    if (seen) seen.closed = true;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('mapOrdered', () => {
  it('yields results in input order when later items finish first', async () => {
    const out = await collect(
      mapOrdered(count(20), async (i) => (await sleep((20 - i) % 7), i * 2), { maxInFlight: 8 }),
    );
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it('runs up to maxInFlight calls at once and never more', async () => {
    let running = 0;
    let peak = 0;
    await collect(
      mapOrdered(
        count(50),
        async (i) => {
          running += 1;
          peak = Math.max(peak, running);
          await sleep(i % 3);
          running -= 1;
          return i;
        },
        { maxInFlight: 5 },
      ),
    );
    expect(peak).toBe(5);
  });

  it('stops reading input while maxInFlight results wait for a slow consumer', async () => {
    const seen = { pulled: 0, closed: false };
    const it = mapOrdered(count(1000, seen), (i) => Promise.resolve(i), { maxInFlight: 10 })[
      Symbol.asyncIterator
    ]();
    await it.next();
    await sleep(20);
    // The one taken, the ten waiting, and at most one read while the first was being handed over.
    expect(seen.pulled).toBeLessThanOrEqual(12);
    await it.return(undefined);
  });

  it('keeps working ahead while the consumer is busy elsewhere', async () => {
    const started: number[] = [];
    const it = mapOrdered(count(100), (i) => (started.push(i), Promise.resolve(i)), {
      maxInFlight: 16,
    })[Symbol.asyncIterator]();
    await it.next();
    await sleep(10);
    expect(started.length).toBeGreaterThanOrEqual(16);
    await it.return(undefined);
  });

  it('closes the input when the consumer stops early', async () => {
    const seen = { pulled: 0, closed: false };
    for await (const i of mapOrdered(count(1000, seen), (n) => Promise.resolve(n), {
      maxInFlight: 4,
    })) {
      if (i === 2) break;
    }
    await sleep(5);
    expect(seen.closed).toBe(true);
    expect(seen.pulled).toBeLessThan(20);
  });

  it('throws a failed call in its place, after the results before it', async () => {
    const out: number[] = [];
    const run = async (): Promise<void> => {
      for await (const i of mapOrdered(
        count(10),
        (n) => (n === 4 ? Promise.reject(new Error('four')) : Promise.resolve(n)),
        { maxInFlight: 8 },
      ))
        out.push(i);
    };
    await expect(run()).rejects.toThrow('four');
    expect(out).toEqual([0, 1, 2, 3]);
  });

  it('throws a failing input after the results read before it', async () => {
    async function* broken(): AsyncGenerator<number> {
      await Promise.resolve();
      yield 1;
      yield 2;
      throw new Error('disk gone');
    }
    const out: number[] = [];
    const run = async (): Promise<void> => {
      for await (const i of mapOrdered(broken(), (n) => Promise.resolve(n), { maxInFlight: 8 }))
        out.push(i);
    };
    await expect(run()).rejects.toThrow('disk gone');
    expect(out).toEqual([1, 2]);
  });

  it('ends on an empty input', async () => {
    expect(
      await collect(mapOrdered(count(0), (n) => Promise.resolve(n), { maxInFlight: 3 })),
    ).toEqual([]);
  });
});
