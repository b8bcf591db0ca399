/** What a choice needs of a person cluster (person-index.ts), kept here so imports run one way. */
export interface Choosable {
  members: readonly { start: number; name: string }[];
  /** Position of the latest mention added so far. */
  lastSeen: number;
}

/** Per cluster: member starts in ascending order, and the earliest one-word mention. */
interface Seen {
  count: number;
  starts: number[];
  oneWord: number;
}

/** Kept beside each cluster and brought up to date as members are added, so a choice is logarithmic. */
const seenOf = new WeakMap<Choosable, Seen>();

function seen(cluster: Choosable): Seen {
  let s = seenOf.get(cluster);
  if (s === undefined) {
    s = { count: 0, starts: [], oneWord: Infinity };
    seenOf.set(cluster, s);
  }
  for (; s.count < cluster.members.length; s.count++) {
    const m = cluster.members[s.count];
    if (m === undefined) continue;
    s.starts.splice(firstAtOrAfter(s.starts, m.start), 0, m.start);
    if (!/\s/.test(m.name.trim())) s.oneWord = Math.min(s.oneWord, m.start);
  }
  return s;
}

function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The start of the cluster's latest mention before `at`, or -1 when it has none there. */
function latestBefore(cluster: Choosable, at: number): number {
  const { starts } = seen(cluster);
  const k = firstAtOrAfter(starts, at) - 1;
  return k < 0 ? -1 : (starts[k] ?? -1);
}

/** The cluster was already called by one word alone ("Quill said") before `at`. */
function calledByOneWord(cluster: Choosable, at: number): boolean {
  return seen(cluster).oneWord < at;
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
