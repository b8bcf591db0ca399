/**
 * The one rule for combining the confidences of one fact found in several sentences: a noisy-or,
 * 1 - Π(1 - c), each value clamped to [0, 1]. Every independent sentence can only raise the
 * confidence, it never passes 1, and the order does not matter. Rounded to three decimals so
 * documents carry no floating-point noise. The extractor's RelationSet and `dedupeRelations` use it.
 */
export function combineConfidences(values: Iterable<number>): number {
  let miss = 1;
  for (const value of values) miss *= 1 - Math.min(1, Math.max(0, value));
  return Math.round((1 - miss) * 1000) / 1000;
}
