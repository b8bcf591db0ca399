import type { Mention, Sentence } from '../types.js';

/**
 * Where each entity was last named before a place in the text, by paragraph: "the senator" may
 * mean a senator named many paragraphs back only if the text has kept naming them since.
 */
export class LastMentions {
  /** Mention starts and their paragraphs, by entity, in text order. */
  private readonly byEntity = new Map<string, Array<readonly [number, number]>>();

  constructor(mentions: readonly Mention[], sentences: readonly Sentence[]) {
    for (const m of mentions) {
      const list = this.byEntity.get(m.entityId) ?? [];
      list.push([m.start, sentences[m.sentence]?.paragraph ?? 0]);
      this.byEntity.set(m.entityId, list);
    }
    for (const list of this.byEntity.values()) list.sort((a, b) => a[0] - b[0]);
  }

  /** The paragraph of the entity's last mention that starts before `before`, if any. */
  paragraphBefore(id: string, before: number): number | undefined {
    const list = this.byEntity.get(id);
    if (list === undefined) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.[0] ?? 0) < before) lo = mid + 1;
      else hi = mid;
    }
    return list[lo - 1]?.[1];
  }
}
