import type { Entity } from '@newsgraph/graph-schema';
import type { GoldEntity } from './gold-schema.js';
import { normalizeName } from './normalize.js';
import { addTally, countType, emptyTally, type Tally, type TypeTable } from './tally.js';

export type EntityErrorReason = 'unmatched' | 'duplicate' | 'wrong-type';

/** An extracted entity that costs precision, with the gold entity its name matched, if any. */
export interface EntityFalsePositive {
  id: string;
  name: string;
  type: string;
  reason: EntityErrorReason;
  gold?: { key: string; name: string; type: string };
}

export interface EntityMatching {
  /**
   * Extracted entity id → gold key for every extracted entity whose name matched, wrong type
   * and duplicates included: relations are about real-world things, and a typing mistake is
   * already paid for here.
   */
  keyOf: Map<string, string>;
  tally: Tally;
  byType: TypeTable;
  missed: GoldEntity[];
  falsePositives: EntityFalsePositive[];
  /** Second extracted entities for one optional gold entity: reported, never penalised. */
  optionalDuplicates: EntityFalsePositive[];
}

type Predicted = Pick<Entity, 'id' | 'name' | 'aliases' | 'type'>;

interface Candidate {
  pred: Predicted;
  gold: GoldEntity;
  rank: readonly number[];
}

/**
 * Matches extracted entities to gold entities by normalised name/alias sets. Each extracted
 * entity picks ONE gold entity, independently of the others, preferring in turn: the same type;
 * its name equal to the gold name, then to a gold alias, then only an alias of its own matching;
 * a required entity; the earlier gold entry. Among those choosing one gold entity, the best
 * ranked (then the first extracted) is the match and the others are duplicates.
 * So an extracted "Iraqi forces" (Organization, alias "Iraqi") is the optional Organization
 * "Iraqi forces", not the required State Iraq, and is absorbed without penalty.
 */
export function matchEntities(
  gold: readonly GoldEntity[],
  predicted: readonly Predicted[],
): EntityMatching {
  const index = indexGold(gold);
  const byGold = new Map<GoldEntity, Candidate[]>();
  const result = emptyMatching();
  for (const pred of predicted) {
    const best = bestCandidate(pred, index);
    if (best === undefined) {
      result.falsePositives.push(describe(pred, 'unmatched'));
      countType(result.byType, pred.type, 'predicted');
      continue;
    }
    result.keyOf.set(pred.id, best.gold.key);
    byGold.set(best.gold, [...(byGold.get(best.gold) ?? []), best]);
  }
  for (const entity of gold) settle(entity, byGold.get(entity) ?? [], result);
  for (const row of Object.values(result.byType)) addTally(result.tally, row);
  return result;
}

/**
 * Decides the extracted entities that chose one gold entity: the best same-type one matches;
 * further same-type ones are duplicates; other-type ones are wrong-type (both a false positive
 * and, when nothing else matches, a miss).
 */
function settle(gold: GoldEntity, chosen: Candidate[], result: EntityMatching): void {
  const sameType = chosen
    .filter((c) => c.pred.type === gold.type)
    .sort((a, b) => compare(a.rank, b.rank));
  for (const c of chosen.filter((c) => c.pred.type !== gold.type)) {
    result.falsePositives.push(describe(c.pred, 'wrong-type', gold));
    countType(result.byType, c.pred.type, 'predicted');
  }
  for (const c of sameType.slice(1)) {
    const duplicate = describe(c.pred, 'duplicate', gold);
    if (gold.required) {
      result.falsePositives.push(duplicate);
      countType(result.byType, gold.type, 'predicted');
    } else {
      result.optionalDuplicates.push(duplicate);
    }
  }
  if (!gold.required) return;
  countType(result.byType, gold.type, 'gold');
  if (sameType.length === 0) {
    result.missed.push(gold);
    return;
  }
  for (const field of ['found', 'predicted', 'correct'] as const) {
    countType(result.byType, gold.type, field);
  }
}

type GoldIndex = Map<string, { gold: GoldEntity; order: number }[]>;

function indexGold(gold: readonly GoldEntity[]): GoldIndex {
  const index: GoldIndex = new Map();
  gold.forEach((entity, order) => {
    for (const key of new Set([entity.name, ...entity.aliases].map(normalizeName))) {
      if (key !== '') index.set(key, [...(index.get(key) ?? []), { gold: entity, order }]);
    }
  });
  return index;
}

function bestCandidate(pred: Predicted, index: GoldIndex): Candidate | undefined {
  const nameKey = normalizeName(pred.name);
  const candidates = new Map<GoldEntity, Candidate>();
  for (const key of new Set([nameKey, ...pred.aliases.map(normalizeName)])) {
    for (const { gold, order } of index.get(key) ?? []) {
      const rank = [
        gold.type === pred.type ? 0 : 1,
        key !== nameKey ? 2 : normalizeName(gold.name) === nameKey ? 0 : 1,
        gold.required ? 0 : 1,
        order,
      ];
      const seen = candidates.get(gold);
      if (seen === undefined || compare(rank, seen.rank) < 0)
        candidates.set(gold, { pred, gold, rank });
    }
  }
  return [...candidates.values()].sort((a, b) => compare(a.rank, b.rank))[0];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function describe(
  pred: Predicted,
  reason: EntityErrorReason,
  gold?: GoldEntity,
): EntityFalsePositive {
  const base = { id: pred.id, name: pred.name, type: pred.type, reason };
  return gold === undefined
    ? base
    : { ...base, gold: { key: gold.key, name: gold.name, type: gold.type } };
}

function emptyMatching(): EntityMatching {
  const lists = { missed: [], falsePositives: [], optionalDuplicates: [] };
  return { keyOf: new Map(), tally: emptyTally(), byType: {}, ...lists };
}
