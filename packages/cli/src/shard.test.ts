import { describe, expect, it } from 'vitest';
import { filterShard, inShard, parseShard, shardOf } from './shard.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

const ids = Array.from({ length: 10_000 }, (_, i) => `article-${i}`);

describe('parseShard', () => {
  it('reads K/N with K counted from 1', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard(' 4 / 4 ')).toEqual({ index: 4, count: 4 });
  });

  it.each(['0/4', '5/4', '1/0', '1', 'a/b', '1/2/3', '-1/2', '1.5/2', ''])(
    'rejects "%s" as a usage error',
    (text) => {
      expect(() => parseShard(text)).toThrow(
        expect.objectContaining({ code: 'USAGE', message: expect.stringContaining('--shard') }),
      );
    },
  );
});

describe('shardOf', () => {
  it('is the first 32 bits of the SHA-1 of the id, modulo N, plus one', () => {
    // sha1("abc") = a9993e36…; 0xa9993e36 = 2845392438; 2845392438 % 7 = 0.
    expect(shardOf('abc', 7)).toBe(1);
    expect(shardOf('abc', 1)).toBe(1);
  });

  it('puts every id in exactly one of the N shards', () => {
    const shards = [1, 2, 3, 4, 5].map((index) => ({ index, count: 5 }));
    for (const id of ids.slice(0, 500)) {
      expect(shards.filter((s) => inShard(id, s))).toHaveLength(1);
    }
  });

  it('splits ids about evenly', () => {
    const counts = new Array<number>(4).fill(0);
    for (const id of ids) counts[shardOf(id, 4) - 1]! += 1;
    for (const n of counts) expect(Math.abs(n - 2500)).toBeLessThan(250);
  });

  it('hashes the UTF-8 bytes, so accented ids split the same everywhere', () => {
    // sha1 of the UTF-8 bytes of "zürich" starts 88beb6cd = 2294200013; % 1000 = 13.
    expect(shardOf('zürich', 1000)).toBe(14);
  });
});

describe('filterShard', () => {
  it('keeps the same items whatever order they arrive in', async () => {
    const shard = parseShard('2/3');
    const forward = await collect(filterShard(from(ids.slice(0, 300)), shard, (id) => id));
    const backward = await collect(
      filterShard(from(ids.slice(0, 300).reverse()), shard, (id) => id),
    );
    expect(new Set(backward)).toEqual(new Set(forward));
    expect(forward.length).toBeGreaterThan(50);
  });

  it('passes everything through without a shard', async () => {
    expect(await collect(filterShard(from(ids.slice(0, 10)), undefined, (id) => id))).toEqual(
      ids.slice(0, 10),
    );
  });

  it('reports an item without an id in shard 1 only', async () => {
    const items = [{ id: undefined }, { id: 'x' }];
    const first = await collect(filterShard(from(items), parseShard('1/2'), (i) => i.id));
    const second = await collect(filterShard(from(items), parseShard('2/2'), (i) => i.id));
    expect(first.filter((i) => i.id === undefined)).toHaveLength(1);
    expect(second.filter((i) => i.id === undefined)).toHaveLength(0);
    expect(first.length + second.length).toBe(2);
  });
});
