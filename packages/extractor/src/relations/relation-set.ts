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
  /** Each evidence span (by start and end, first seen first) with the best confidence it gave. */
  evidence: { span: Span; confidence: number }[];
  first: number;
}

/**
 * Relations keyed by (type, source, target), symmetric ones by their sorted pair: seeing one
 * again adds its evidence (a span seen twice keeps its best confidence) and the spans combine by
 * the one rule in confidence.ts (`combineConfidences`, a noisy-or).
 * Ends a relation type does not allow, and self-loops, are refused.
 */
export class RelationSet {
  /** Entries by source id, then target id (a few types each): no key string per candidate. */
  private readonly bySource = new Map<string, Map<string, Entry[]>>();
  /** Every entry, first seen first. */
  private readonly entries: Entry[] = [];
  private order = 0;

  add(candidate: Candidate): void {
    // "X, a close ally of Y", "Y ally X" with a person at either end: alliances are between states
    // and organizations, so a person's alliance is read as the person's support.
    if (candidate.type === 'ALLIED_WITH' && personEnd(candidate))
      candidate = { ...candidate, type: 'SUPPORTS' };
    const def = ENTITY_RELATIONSHIPS[candidate.type];
    let { source, target } = candidate;
    if (source.id === target.id) return;
    if (!(def.from as readonly string[]).includes(source.type)) return;
    if (!(def.to as readonly string[]).includes(target.type)) return;
    if (def.symmetric && target.id < source.id) [source, target] = [target, source];
    const entry = this.entryFor(candidate.type, source.id, target.id);
    entry.role ??= candidate.role;
    const { start, end } = candidate.evidence;
    const evidence = entry.evidence;
    let k = 0;
    while (
      k < evidence.length &&
      (evidence[k]?.span.start !== start || evidence[k]?.span.end !== end)
    )
      k++;
    const seen = evidence[k];
    if (seen === undefined || seen.confidence < candidate.confidence) {
      evidence[k] = { span: candidate.evidence, confidence: clampConfidence(candidate.confidence) };
    }
  }

  private entryFor(type: EntityRelationType, source: string, target: string): Entry {
    let byTarget = this.bySource.get(source);
    if (byTarget === undefined) this.bySource.set(source, (byTarget = new Map<string, Entry[]>()));
    let list = byTarget.get(target);
    if (list === undefined) byTarget.set(target, (list = []));
    for (const entry of list) if (entry.type === type) return entry;
    const entry: Entry = {
      type,
      source,
      target,
      role: undefined,
      evidence: [],
      first: this.order++,
    };
    list.push(entry);
    this.entries.push(entry);
    return entry;
  }

  /** The relations at or above `minConfidence`, most confident first. */
  relations(minConfidence = 0): Relation[] {
    const out: { relation: Relation; first: number }[] = [];
    for (const entry of this.entries) {
      const items = entry.evidence.slice().sort((a, b) => a.span.start - b.span.start);
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

function personEnd(candidate: Candidate): boolean {
  return candidate.source.type === 'Person' || candidate.target.type === 'Person';
}
