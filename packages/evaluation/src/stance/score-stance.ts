import type { StanceItem, StanceLabel, StanceSide } from './read-stance.js';

/** What an extractor says about one sentence: where its entities are and the relations between them. */
export interface StanceReading {
  mentions: ReadonlyArray<{ start: number; end: number; entityId: string }>;
  relations: ReadonlyArray<{ type: string; source: string; target: string; confidence: number }>;
}

export type StanceReader = (text: string) => StanceReading;

/** One sentence's outcome. `predicted` is the label the extracted relations imply (0 when none). */
export interface StanceOutcome {
  item: StanceItem;
  predicted: StanceLabel;
  pFound: boolean;
  qFound: boolean;
}

export interface StanceScore {
  sentences: number;
  polar: number;
  neutral: number;
  /** Polar sentences in which both marked entities were extracted (as different entities). */
  bothFound: number;
  /** Polar sentences given the right polarity (support or oppose), in either direction. */
  polarHits: number;
  polarHitsBothFound: number;
  /** Polar sentences given the opposite polarity. */
  wrongPolarity: number;
  /** Neutral sentences given a polar label. */
  falseAlarms: number;
  /** Polar hits whose direction is right too (the exact label). */
  directionRight: number;
  polarRecall: number;
  recallBothFound: number;
  falseAlarmRate: number;
  directionAccuracy: number;
  /** Sentences given a polar label whose polarity is right. */
  precision: number;
  outcomes: StanceOutcome[];
}

/**
 * Scores a stance reader on marked sentences: the OPPOSES/SUPPORTS relations between an entity
 * mentioned at p's marker and one mentioned at q's marker give the predicted label.
 */
export function scoreStance(items: readonly StanceItem[], read: StanceReader): StanceScore {
  return summarizeStance(items.map((item) => judge(item, read(item.text))));
}

/** The counts and rates of a set of judged sentences (all of a file, or a part of it). */
export function summarizeStance(outcomes: StanceOutcome[]): StanceScore {
  const polar = outcomes.filter((o) => o.item.label !== 0);
  const neutral = outcomes.filter((o) => o.item.label === 0);
  const hit = (o: StanceOutcome): boolean =>
    o.predicted !== 0 && polarity(o.predicted) === polarity(o.item.label);
  const both = polar.filter((o) => o.pFound && o.qFound);
  const hits = polar.filter(hit);
  const predictedPolar = outcomes.filter((o) => o.predicted !== 0);
  const falseAlarms = neutral.filter((o) => o.predicted !== 0).length;
  const directionRight = hits.filter((o) => o.predicted === o.item.label).length;
  return {
    sentences: outcomes.length,
    polar: polar.length,
    neutral: neutral.length,
    bothFound: both.length,
    polarHits: hits.length,
    polarHitsBothFound: both.filter(hit).length,
    wrongPolarity: polar.filter((o) => o.predicted !== 0 && !hit(o)).length,
    falseAlarms,
    directionRight,
    polarRecall: ratio(hits.length, polar.length),
    recallBothFound: ratio(both.filter(hit).length, both.length),
    falseAlarmRate: ratio(falseAlarms, neutral.length),
    directionAccuracy: ratio(directionRight, hits.length),
    precision: ratio(
      predictedPolar.filter((o) => o.item.label !== 0 && hit(o)).length,
      predictedPolar.length,
    ),
    outcomes,
  };
}

function judge(item: StanceItem, reading: StanceReading): StanceOutcome {
  const ps = entitiesAt(reading, item.p);
  const qs = entitiesAt(reading, item.q);
  for (const id of ps) qs.delete(id); // one entity on both sides says nothing about stance
  let best: { label: StanceLabel; confidence: number } = { label: 0, confidence: -1 };
  for (const rel of reading.relations) {
    const label = labelOf(rel, ps, qs);
    if (label !== 0 && rel.confidence > best.confidence)
      best = { label, confidence: rel.confidence };
  }
  return { item, predicted: best.label, pFound: ps.size > 0, qFound: qs.size > 0 };
}

function entitiesAt(reading: StanceReading, side: StanceSide): Set<string> {
  return new Set(
    reading.mentions.filter((m) => m.start < side.end && side.start < m.end).map((m) => m.entityId),
  );
}

function labelOf(
  rel: StanceReading['relations'][number],
  ps: ReadonlySet<string>,
  qs: ReadonlySet<string>,
): StanceLabel {
  const forward = ps.has(rel.source) && qs.has(rel.target);
  const backward = qs.has(rel.source) && ps.has(rel.target);
  if (rel.type === 'SUPPORTS') return forward ? 1 : backward ? 2 : 0;
  if (rel.type === 'OPPOSES') return forward ? 3 : backward ? 4 : 0;
  return 0;
}

function polarity(label: StanceLabel): 'support' | 'oppose' | 'none' {
  return label === 1 || label === 2 ? 'support' : label === 3 || label === 4 ? 'oppose' : 'none';
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
