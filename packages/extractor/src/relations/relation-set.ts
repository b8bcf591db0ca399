import {
  ENTITY_RELATIONSHIPS,
  type EntityRelationType,
  type Relation,
  type Span,
} from '@newsgraph/graph-schema';
import type { ActorRef } from './article-context.js';
import { clampConfidence, combineConfidences } from './confidence.js';

/** One piece of evidence for a relation, before accumulation. */
export interface Candidate {
  type: EntityRelationType;
  source: ActorRef;
  target: ActorRef;
  confidence: number;
  evidence: Span;
  /** LEADS/REPRESENTS: the title as written. */
  role?: string | undefined;
}

interface Entry {
  type: EntityRelationType;
  source: string;
  target: string;
  role: string | undefined;
  /** Evidence span key → the best confidence it gave. */
  evidence: Map<string, { span: Span; confidence: number }>;
  first: number;
}

/**
 * Relations keyed by (type, source, target), symmetric ones by their sorted pair: seeing one
 * again adds its evidence (a span seen twice keeps its best confidence) and the spans combine by
 * the one rule in confidence.ts (`combineConfidences`, a noisy-or).
 * Ends a relation type does not allow, and self-loops, are refused.
 */
export class RelationSet {
  private readonly entries = new Map<string, Entry>();
  private order = 0;

  add(candidate: Candidate): void {
    const def = ENTITY_RELATIONSHIPS[candidate.type];
    let { source, target } = candidate;
    if (source.id === target.id) return;
    if (!(def.from as readonly string[]).includes(source.type)) return;
    if (!(def.to as readonly string[]).includes(target.type)) return;
    if (def.symmetric && target.id < source.id) [source, target] = [target, source];
    const key = `${candidate.type}\u0000${source.id}\u0000${target.id}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = {
        type: candidate.type,
        source: source.id,
        target: target.id,
        role: undefined,
        evidence: new Map(),
        first: this.order++,
      };
      this.entries.set(key, entry);
    }
    entry.role ??= candidate.role;
    const spanKey = `${candidate.evidence.start}:${candidate.evidence.end}`;
    const seen = entry.evidence.get(spanKey);
    if (seen === undefined || seen.confidence < candidate.confidence) {
      entry.evidence.set(spanKey, {
        span: candidate.evidence,
        confidence: clampConfidence(candidate.confidence),
      });
    }
  }

  /** The relations at or above `minConfidence`, most confident first. */
  relations(minConfidence = 0): Relation[] {
    const out: { relation: Relation; first: number }[] = [];
    for (const entry of this.entries.values()) {
      const items = [...entry.evidence.values()].sort((a, b) => a.span.start - b.span.start);
      const confidence = combineConfidences(items.map((item) => item.confidence));
      if (confidence < minConfidence) continue;
      const carriesRole = entry.type === 'LEADS' || entry.type === 'REPRESENTS';
      out.push({
        first: entry.first,
        relation: {
          type: entry.type,
          source: entry.source,
          target: entry.target,
          properties: carriesRole && entry.role ? { role: entry.role } : {},
          evidence: items.map((item) => item.span),
          confidence,
        },
      });
    }
    out.sort((a, b) => b.relation.confidence - a.relation.confidence || a.first - b.first);
    return out.map((item) => item.relation);
  }
}
