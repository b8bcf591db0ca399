import { ENTITY_ATTRIBUTE_KEYS } from '@newsgraph/graph-schema';
import type { BatchRows } from './batches.js';

/**
 * What RECOMPUTE_ENTITIES would write on an entity the batch names in one mention only, should
 * the batch create its node: that mention is then all its mentions, so its name is the name,
 * the aliases are the name and then the mention's other aliases in code-point order, and each
 * attribute is the mention's value. mergeEntities sets these ON CREATE, so the recompute finds
 * nothing to change and skips the node. Entities named in several mentions get none.
 */
export function singleMentionProps(batch: BatchRows): Map<string, Record<string, unknown>> {
  const counts = new Map<string, number>();
  for (const m of batch.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const out = new Map<string, Record<string, unknown>>();
  for (const m of batch.mentions) {
    if (counts.get(m.entity) !== 1) continue;
    const others = [...new Set(m.aliases)].filter((a) => a !== m.name).sort(compareCodePoints);
    const props: Record<string, unknown> = { name: m.name, aliases: [m.name, ...others] };
    for (const key of ENTITY_ATTRIBUTE_KEYS) {
      const value = m.attributes[key];
      if (value !== undefined) props[key] = value;
    }
    out.set(m.entity, props);
  }
  return out;
}

/** Code-point order, as Cypher's ORDER BY sorts strings (`<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
