import { createHash } from 'node:crypto';
import { NewsgraphError } from '@newsgraph/graph-schema';

/** Shard `index` (1-based) of `count`: `--shard 2/4` is `{ index: 2, count: 4 }`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N` with 1 ≤ K ≤ N; anything else is a usage error naming the flag. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new NewsgraphError(
      'USAGE',
      `--shard must be K/N with 1 ≤ K ≤ N, such as 1/4, not "${text}"`,
      {
        hint: 'run the same command N times, once with each of --shard 1/N … N/N',
      },
    );
  }
  return { index, count };
}

/**
 * The shard (1-based, of `count`) an article id belongs to: the first 32 bits of its SHA-1, big
 * endian, modulo `count`, plus one. It depends on nothing but the id, so every machine computes the
 * same split with no coordination, whatever order or folder layout it reads the corpus in; and any
 * language can recompute it (`int(sha1(id)[:8], 16) % N + 1`).
 */
export function shardOf(id: string, count: number): number {
  const head = createHash('sha1').update(id, 'utf8').digest().readUInt32BE(0);
  return (head % count) + 1;
}

export function inShard(id: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(id, shard.count) === shard.index;
}

/**
 * Keeps the items whose id falls in `shard`. Items without an id (unreadable inputs, reported as
 * errors) are kept by shard 1 only, so each failure is reported exactly once across the N runs.
 */
export async function* filterShard<T>(
  items: AsyncIterable<T>,
  shard: Shard | undefined,
  idOf: (item: T) => string | undefined,
): AsyncGenerator<T> {
  for await (const item of items) {
    if (shard === undefined) {
      yield item;
      continue;
    }
    const id = idOf(item);
    if (id === undefined ? shard.index === 1 : inShard(id, shard)) yield item;
  }
}
