import type { Mention } from '../types.js';

/**
 * The people named with a title, by each word of it: which of them was named last before a place
 * in the text ("the minister" after "Defence Minister Ana Lund"), in logarithmic time, where a scan
 * of every earlier mention made a long text quadratic. The same answer as that scan, which goes
 * through the mentions in order and stops at the first one at or after the place.
 */
export class TitleHolders {
  /** Greatest mention start so far, by mention index: where the scan stops, found by bisection. */
  private readonly reach: number[] = [];
  /** Indices of the mentions of people whose title has the word, ascending. */
  private readonly byWord = new Map<string, number[]>();

  constructor(private readonly mentions: readonly Mention[]) {
    let reach = -Infinity;
    mentions.forEach((m, i) => {
      reach = Math.max(reach, m.start);
      this.reach.push(reach);
      if (m.type !== 'Person' || m.role === undefined) return;
      for (const word of new Set(m.role.title.toLowerCase().split(/\s+/))) {
        const list = this.byWord.get(word) ?? [];
        list.push(i);
        this.byWord.set(word, list);
      }
    });
  }

  /**
   * The entity of the last titled person, the title having `word`, named before `before`. A
   * bare "the president" means a head of state or government sooner than the president of a
   * body ("World Bank President Jim Kim"): with `bare`, such holders count only when no other
   * holder was named before.
   */
  holder(word: string, before: number, bare = false): string | undefined {
    const list = this.byWord.get(word);
    if (list === undefined) return undefined;
    const stop = firstIndex(this.reach.length, (i) => (this.reach[i] ?? 0) >= before);
    const k = firstIndex(list.length, (j) => (list[j] ?? 0) >= stop) - 1;
    if (k < 0) return undefined;
    for (let j = k; bare && j >= 0; j--) {
      const m = this.mentions[list[j] ?? 0];
      if (m?.role?.of?.startsWith('org:') !== true) return m?.entityId;
    }
    return this.mentions[list[k] ?? 0]?.entityId;
  }
}

/** The first index below n where a monotone test turns true; n when it never does. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
