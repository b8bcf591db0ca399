import type { ActorRef } from './article-context.js';

/** An unordered key for a pair of actors. */
export function pairKey(a: ActorRef, b: ActorRef): string {
  return a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
}

/**
 * The pairs of actors the frames related in one sentence, as `pairKey`s. Every emitted relation
 * adds one, but only the clause frame asks, and only in sentences it parses: pairs are queued
 * and turned into keys on the first `has`.
 */
export class RelatedPairs {
  private readonly queued: ActorRef[] = [];
  private readonly keys = new Set<string>();

  add(a: ActorRef, b: ActorRef): void {
    this.queued.push(a, b);
  }

  has(key: string): boolean {
    const queued = this.queued;
    for (let i = 0; i + 1 < queued.length; i += 2) {
      const a = queued[i];
      const b = queued[i + 1];
      if (a !== undefined && b !== undefined) this.keys.add(pairKey(a, b));
    }
    queued.length = 0;
    return this.keys.has(key);
  }

  /** Whether a relation of the sentence so far has `id` at either end. */
  involves(id: string): boolean {
    const queued = this.queued;
    for (const actor of queued) if (actor.id === id) return true;
    for (const key of this.keys)
      if (key.startsWith(`${id}\u0000`) || key.endsWith(`\u0000${id}`)) return true;
    return false;
  }

  clear(): void {
    this.queued.length = 0;
    // Clearing a Set allocates its table again, even an empty one: most sentences add no key.
    if (this.keys.size > 0) this.keys.clear();
  }
}
