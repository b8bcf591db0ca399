import type { LoadSummary } from './types.js';

const COUNTER_KEYS = [
  'nodesCreated',
  'nodesDeleted',
  'relationshipsCreated',
  'relationshipsDeleted',
  'propertiesSet',
] as const;

export type Counters = Pick<LoadSummary, (typeof COUNTER_KEYS)[number]>;

export function emptyCounters(): Counters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

export function emptySummary(): LoadSummary {
  return { articles: 0, skipped: 0, ...emptyCounters(), failures: [] };
}

/** Adds the driver's `summary.counters.updates()` (or other Counters) into `into`, a summary or counters. */
export function addCounters(
  into: Counters,
  updates: Partial<Record<keyof Counters, number>>,
): void {
  for (const key of COUNTER_KEYS) into[key] += updates[key] ?? 0;
}
