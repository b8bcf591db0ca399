/** Longer arrays go to Array.prototype.sort. */
const INSERTION_MAX = 16;

/**
 * Sorts `items` in place as Array.prototype.sort does (stably, by `compare`, which must order
 * consistently), by insertion where the array is short: the extractor sorts a few items per
 * sentence and per entity, and V8's sort copies each array into a work area and calls the
 * comparator through a builtin, which costs more than the sorting of a handful of items.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  const n = items.length;
  if (n > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < n; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
