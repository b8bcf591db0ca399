/**
 * In `list`, ordered by `key`, the index of the first item whose key is past `at` (the length
 * when there is none), by bisection.
 */
export function firstPast<T>(list: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = list[mid];
    if ((item === undefined ? 0 : key(item)) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
