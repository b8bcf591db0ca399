import type { Analysis, Mention } from '../types.js';
import { firstPast } from './bisect.js';

/** Each entity's mentions in article order, built once per analysis. */
const byEntity = new WeakMap<Analysis, Map<string, Mention[]>>();

function mentionsOf(analysis: Analysis, entityId: string): readonly Mention[] {
  let index = byEntity.get(analysis);
  if (index === undefined) {
    index = new Map();
    for (const m of analysis.mentions) {
      const list = index.get(m.entityId);
      if (list) list.push(m);
      else index.set(m.entityId, [m]);
    }
    byEntity.set(analysis, index);
  }
  return index.get(entityId) ?? [];
}

/**
 * The last mention of an entity (in the article's mention order: by start) that ends by `at`:
 * `analysis.mentions.findLast(m => m.entityId === id && m.end <= at)` without scanning the article.
 */
export function lastMentionEndingBy(
  analysis: Analysis,
  entityId: string,
  at: number,
): Mention | undefined {
  const list = mentionsOf(analysis, entityId);
  // Mentions starting after `at` also end after it: skip them by bisection, then look back.
  for (let i = firstPast(list, at, (m) => m.start) - 1; i >= 0; i--) {
    const m = list[i];
    if (m !== undefined && m.end <= at) return m;
  }
  return undefined;
}
