/** What a choice needs of a person cluster (person-index.ts), kept here so imports run one way. */
export interface Choosable {
  members: readonly { start: number; name: string }[];
  /** Position of the latest mention added so far. */
  lastSeen: number;
}

/** The start of the cluster's latest mention before `at`, or -1 when it has none there. */
function latestBefore(cluster: Choosable, at: number): number {
  let latest = -1;
  for (const m of cluster.members) if (m.start < at && m.start > latest) latest = m.start;
  return latest;
}

/** The cluster was already called by one word alone ("Quill said") before `at`. */
function calledByOneWord(cluster: Choosable, at: number): boolean {
  return cluster.members.some((m) => m.start < at && !/\s/.test(m.name.trim()));
}

/**
 * Of several people a name could mean, the one it means at `at`. A one-word name keeps going to
 * the person the article already called by that word alone: a second "Anne Quill" named in
 * passing does not take "Quill" from the Quill the story is about. Otherwise the person named last
 * before the mention wins (mentions are compared by position, not by the order they were added).
 */
export function chooseCluster<C extends Choosable>(
  hits: readonly C[],
  candidate: { name: string; start: number },
): C | undefined {
  if (hits.length <= 1) return hits[0];
  const at = candidate.start;
  const oneWord = !/\s/.test(candidate.name.trim());
  const called = oneWord ? hits.filter((c) => calledByOneWord(c, at)) : [];
  const pool = called.length > 0 ? called : hits;
  let best: C | undefined;
  let bestAt = -2;
  for (const c of pool) {
    const seen = latestBefore(c, at);
    // Ties (none seen before `at`) keep the cluster seen last overall, as before.
    if (seen > bestAt || (seen === bestAt && best !== undefined && c.lastSeen > best.lastSeen)) {
      best = c;
      bestAt = seen;
    }
  }
  return best;
}
