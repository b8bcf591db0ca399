import type { GraphDocument, Relation } from '@newsgraph/graph-schema';
import { ARTICLE_KEY, type GoldFile, type GoldRelation } from './gold-schema.js';
import { maxMatching } from './max-matching.js';
import { addTally, countType, emptyTally, type Tally, type TypeTable } from './tally.js';

/** A required gold relation no extracted relation satisfied. */
export interface RelationMiss {
  type: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  evidence?: string;
}

/** An extracted relation that costs precision; keys are the gold entities its ends matched. */
export interface RelationFalsePositive {
  type: string;
  sourceName: string;
  targetName: string;
  sourceKey?: string;
  targetKey?: string;
  /** The sentence (or quote span) the extractor gave as evidence. */
  evidence?: string;
}

export interface RelationScore {
  tally: Tally;
  byType: TypeTable;
  missed: RelationMiss[];
  falsePositives: RelationFalsePositive[];
}

/** Context for mapping extracted relations onto gold keys. */
export interface RelationInput {
  gold: GoldFile;
  predicted: Pick<GraphDocument, 'article' | 'entities' | 'relations'>;
  /** Extracted entity id → gold key, from matchEntities. */
  keyOf: ReadonlyMap<string, string>;
}

interface Triple {
  type: string;
  source: string | undefined;
  target: string | undefined;
  relation: Relation;
}

const SYMMETRIC = new Set(['ALLIED_WITH']);
const UNSCORED = new Set(['MENTIONS']);

/**
 * Scores extracted relations as (type, source, target) triples over gold keys. A triple is
 * correct when it takes a required gold relation (its own pair or an alternative); the rest
 * are absorbed when they satisfy any gold relation (a second alternative of a required one,
 * or an optional one) and are false positives otherwise.
 */
export function scoreRelations(input: RelationInput): RelationScore {
  const triples = uniqueTriples(input);
  const required = input.gold.relations.filter((r) => r.required);
  const edges = triples.map((t) => acceptingRelations(t, required));
  const owner = maxMatching(edges, required.length);
  const taken = new Set(owner.filter((left) => left !== -1));
  const result: RelationScore = { tally: emptyTally(), byType: {}, missed: [], falsePositives: [] };
  required.forEach((relation, i) => {
    const type = typesOf(relation)[0] ?? '';
    countType(result.byType, type, 'gold');
    if ((owner[i] ?? -1) === -1) result.missed.push(describeMiss(relation, input.gold));
    else countType(result.byType, type, 'found');
  });
  const optional = input.gold.relations.filter((r) => !r.required);
  triples.forEach((triple, i) => {
    if (taken.has(i)) {
      countType(result.byType, triple.type, 'predicted');
      countType(result.byType, triple.type, 'correct');
    } else if ((edges[i] ?? []).length === 0 && !satisfiesAny(triple, optional)) {
      countType(result.byType, triple.type, 'predicted');
      result.falsePositives.push(describeFalsePositive(triple, input));
    }
  });
  for (const row of Object.values(result.byType)) addTally(result.tally, row);
  return result;
}

function satisfiesAny(triple: Triple, relations: readonly GoldRelation[]): boolean {
  return relations.some((relation) => accepts(relation, triple) > 0);
}

/** Extracted relations as triples over gold keys, each distinct triple once; MENTIONS dropped. */
function uniqueTriples({ predicted, keyOf }: RelationInput): Triple[] {
  const keyFor = (id: string): string | undefined =>
    id === predicted.article.id ? ARTICLE_KEY : keyOf.get(id);
  const seen = new Map<string, Triple>();
  for (const relation of predicted.relations) {
    if (UNSCORED.has(relation.type)) continue;
    const ends = [
      keyFor(relation.source) ?? `?${relation.source}`,
      keyFor(relation.target) ?? `?${relation.target}`,
    ];
    if (SYMMETRIC.has(relation.type)) ends.sort();
    const id = [relation.type, ...ends].join('\u0000');
    if (seen.has(id)) continue;
    const triple = {
      type: relation.type,
      source: keyFor(relation.source),
      target: keyFor(relation.target),
      relation,
    };
    seen.set(id, triple);
  }
  return [...seen.values()];
}

/** Indices of the required relations a triple satisfies, those it satisfies directly first. */
function acceptingRelations(triple: Triple, required: readonly GoldRelation[]): number[] {
  const hits = required.map((relation, i) => ({ i, how: accepts(relation, triple) }));
  return hits
    .filter((hit) => hit.how > 0)
    .sort((a, b) => a.how - b.how)
    .map((hit) => hit.i);
}

/** 0: no; 1: the relation's own pair; 2: one of its alternatives. */
function accepts(relation: GoldRelation, triple: Triple): number {
  if (triple.source === undefined || triple.target === undefined) return 0;
  if (!typesOf(relation).includes(triple.type)) return 0;
  const pairs: [string, string][] = [
    [relation.source, relation.target],
    ...(relation.alternatives ?? []),
  ];
  const symmetric = SYMMETRIC.has(triple.type);
  const index = pairs.findIndex(
    ([s, t]) =>
      (s === triple.source && t === triple.target) ||
      (symmetric && s === triple.target && t === triple.source),
  );
  return index === -1 ? 0 : index === 0 ? 1 : 2;
}

function typesOf(relation: GoldRelation): string[] {
  return typeof relation.type === 'string' ? [relation.type] : relation.type;
}

function describeMiss(relation: GoldRelation, gold: GoldFile): RelationMiss {
  const name = (key: string): string =>
    key === ARTICLE_KEY ? 'the article' : (gold.entities.find((e) => e.key === key)?.name ?? key);
  const miss: RelationMiss = {
    type: typesOf(relation).join('|'),
    source: relation.source,
    target: relation.target,
    sourceName: name(relation.source),
    targetName: name(relation.target),
  };
  return relation.evidence === undefined ? miss : { ...miss, evidence: relation.evidence };
}

function describeFalsePositive(
  triple: Triple,
  { predicted }: RelationInput,
): RelationFalsePositive {
  const name = (id: string): string =>
    id === predicted.article.id
      ? 'the article'
      : (predicted.entities.find((e) => e.id === id)?.name ?? id);
  const { relation } = triple;
  const evidence = relation.evidence[0]?.text;
  return {
    type: relation.type,
    sourceName: name(relation.source),
    targetName: name(relation.target),
    ...(triple.source === undefined ? {} : { sourceKey: triple.source }),
    ...(triple.target === undefined ? {} : { targetKey: triple.target }),
    ...(evidence === undefined ? {} : { evidence }),
  };
}
