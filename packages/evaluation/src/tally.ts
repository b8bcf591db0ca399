/**
 * Counts behind precision and recall. Precision and recall keep separate numerators because
 * for quotes they differ: one extracted text may find two gold quotes (a quote split by its
 * attribution). For entities and relations `correct` always equals `found`.
 */
export interface Tally {
  /** Scored predictions (those absorbed by optional gold items are not counted). */
  predicted: number;
  /** Scored predictions judged right. */
  correct: number;
  /** Required gold items. */
  gold: number;
  /** Required gold items found. */
  found: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export type TypeTable = Record<string, Tally>;

export function emptyTally(): Tally {
  return { predicted: 0, correct: 0, gold: 0, found: 0 };
}

export function addTally(into: Tally, more: Tally): Tally {
  into.predicted += more.predicted;
  into.correct += more.correct;
  into.gold += more.gold;
  into.found += more.found;
  return into;
}

/** Adds `more` into `into` type by type. */
export function addTypeTable(into: TypeTable, more: TypeTable): TypeTable {
  for (const [type, tally] of Object.entries(more)) {
    addTally((into[type] ??= emptyTally()), tally);
  }
  return into;
}

/** Increments one field of one type's row. */
export function countType(table: TypeTable, type: string, field: keyof Tally): void {
  (table[type] ??= emptyTally())[field] += 1;
}

/**
 * Precision, recall and their harmonic mean. An empty denominator gives 0, as conlleval does,
 * so that extracting nothing never scores well.
 */
export function scores(tally: Tally): Scores {
  const precision = ratio(tally.correct, tally.predicted);
  const recall = ratio(tally.found, tally.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** `P=0.912 R=0.905 F1=0.908`, the form of the report's total lines. */
export function formatScores({ precision, recall, f1 }: Scores): string {
  return `P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)}`;
}
