import type { StanceItem } from './read-stance.js';
import { summarizeStance, type StanceScore } from './score-stance.js';

/**
 * A stance score split by whether each sentence also appears in another file, typically the
 * training split: the public directed-sentiment data repeats many validation sentences word for
 * word in its training split, so a reader built or trained from that split scores higher on them
 * than it would on unseen text. Sentences are compared with their markers removed.
 */
export interface StanceApart {
  /** Sentences found in the other file. */
  repeated: StanceScore;
  /** Sentences not in the other file: the fairer estimate for text never seen. */
  unrepeated: StanceScore;
  /**
   * Repeated sentences whose marked pair and label are the other file's too: copies a model
   * trained on that file has seen with their answer.
   */
  exactCopies: number;
}

/** A stance score, with its split when another file was given. */
export type StanceScoreApart = StanceScore & { apart?: StanceApart };

export function scoreApart(score: StanceScore, other: readonly StanceItem[]): StanceApart {
  const seen = new Set(other.map((item) => item.text));
  const copies = new Set(other.map(copyKey));
  return {
    repeated: summarizeStance(score.outcomes.filter((o) => seen.has(o.item.text))),
    unrepeated: summarizeStance(score.outcomes.filter((o) => !seen.has(o.item.text))),
    exactCopies: score.outcomes.filter((o) => copies.has(copyKey(o.item))).length,
  };
}

function copyKey(item: StanceItem): string {
  return [item.text, item.p.start, item.p.end, item.q.start, item.q.end, item.label].join('\t');
}
