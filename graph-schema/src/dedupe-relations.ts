import { combineConfidences } from './combine-confidences.js';
import type { Relation, Span } from './document.js';
import { isSymmetric } from './relationships.js';

/**
 * One relation per (type, source, target) in an article, symmetric ones in id order: a document
 * that lists a fact twice (or ALLIED_WITH both ways) stands for one fact with the evidence of both.
 * QUOTES are never merged: one per quote. Confidences combine by `combineConfidences` (noisy-or)
 * when the two listings rest on different sentences; a listing whose evidence overlaps what is
 * already there is no new evidence and keeps the higher confidence.
 */
export function dedupeRelations(relations: readonly Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  const out: Relation[] = [];
  for (const rel of relations) {
    const ordered =
      isSymmetric(rel.type) && rel.target < rel.source
        ? { ...rel, source: rel.target, target: rel.source }
        : rel;
    if (rel.type === 'QUOTES') {
      out.push(ordered);
      continue;
    }
    const key = `${rel.type}\0${ordered.source}\0${ordered.target}`;
    const seen = byKey.get(key);
    if (seen === undefined) {
      const copy = { ...ordered, evidence: [...ordered.evidence] };
      byKey.set(key, copy);
      out.push(copy);
    } else {
      seen.confidence = overlaps(seen.evidence, ordered.evidence)
        ? Math.max(seen.confidence, ordered.confidence)
        : combineConfidences([seen.confidence, ordered.confidence]);
      seen.evidence.push(...ordered.evidence);
      seen.properties = { ...ordered.properties, ...seen.properties };
    }
  }
  return out;
}

function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}
