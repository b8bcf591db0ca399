import { describe, expect, it } from 'vitest';
import { sortSmall } from './small-sort.js';

describe('sortSmall', () => {
  it('orders as Array.prototype.sort does, keeping equal items in their order', () => {
    const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;
    for (let n = 0; n <= 40; n++) {
      // Few distinct keys, so that ties are many and stability shows.
      const items = Array.from({ length: n }, (_, id) => ({ id, start: (id * 7919) % 5 }));
      expect(sortSmall(items.slice(), byStart)).toEqual(items.slice().sort(byStart));
    }
  });

  it('sorts in place and returns the array', () => {
    const items = [3, 1, 2];
    expect(sortSmall(items, (a, b) => a - b)).toBe(items);
    expect(items).toEqual([1, 2, 3]);
  });
});
