/** What a choice needs of a person cluster (person-index.ts), kept here so imports run one way. */
export interface Choosable {
  members: readonly { start: number; name: string; sentence: number }[];
  /** Position of the latest mention added so far. */
  lastSeen: number;
  /** First named after a noun for a relative ("his wife Anna Quill"): not whom the story is about. */
  relative?: boolean;
}

/** Mentions in ascending order of start, with each one's sentence beside it. */
interface Spots {
  starts: number[];
  sentences: number[];
}

/**
 * Per cluster: its mentions, those by each last word (lower case: "Clinton" and "Bill Clinton"
 * under "clinton"), and the earliest mention by each one word alone.
 */
interface Seen {
  count: number;
  all: Spots;
  byLast: Map<string, Spots>;
  oneWord: Map<string, number>;
}

function addSpot(spots: Spots, start: number, sentence: number): void {
  const k = firstAtOrAfter(spots.starts, start);
  spots.starts.splice(k, 0, start);
  spots.sentences.splice(k, 0, sentence);
}

/** Kept beside each cluster and brought up to date as members are added, so a choice is logarithmic. */
const seenOf = new WeakMap<Choosable, Seen>();

function seen(cluster: Choosable): Seen {
  let s = seenOf.get(cluster);
  if (s === undefined) {
    s = { count: 0, all: { starts: [], sentences: [] }, byLast: new Map(), oneWord: new Map() };
    seenOf.set(cluster, s);
  }
  for (; s.count < cluster.members.length; s.count++) {
    const m = cluster.members[s.count];
    if (m === undefined) continue;
    addSpot(s.all, m.start, m.sentence);
    const words = m.name.trim().toLowerCase().split(/\s+/);
    const last = words[words.length - 1] ?? '';
    let spots = s.byLast.get(last);
    if (spots === undefined) s.byLast.set(last, (spots = { starts: [], sentences: [] }));
    addSpot(spots, m.start, m.sentence);
    if (words.length === 1) s.oneWord.set(last, Math.min(s.oneWord.get(last) ?? Infinity, m.start));
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
  const { starts } = seen(cluster).all;
  const k = firstAtOrAfter(starts, at) - 1;
  return k < 0 ? -1 : (starts[k] ?? -1);
}

/**
 * The cluster was already called by this word alone ("Quill said") before `at`; its given name
 * alone ("daughter Anna") is not its surname.
 */
function calledByOneWord(cluster: Choosable, word: string, at: number): boolean {
  return (seen(cluster).oneWord.get(word) ?? Infinity) < at;
}

/**
 * The one person of the pool named by this surname (in full or alone) in the mention's sentence
 * before it or in the sentence before: "then-president Bill Clinton. This was trickier, because
 * Clinton had". None where two are ("Donald Trump and his wife Melania Trump arrived. Trump
 * said"), or where the one is a relative named beside the person the story is about.
 */
function namedJustBefore<C extends Choosable>(
  pool: readonly C[],
  candidate: { start: number; sentence: number },
  word: string,
): C | undefined {
  let only: C | undefined;
  for (const c of pool) {
    const spots = seen(c).byLast.get(word);
    if (spots === undefined) continue;
    const k = firstAtOrAfter(spots.starts, candidate.start) - 1;
    if (k < 0 || (spots.sentences[k] ?? -Infinity) < candidate.sentence - 1) continue;
    if (only !== undefined) return undefined;
    only = c;
  }
  return only?.relative === true ? undefined : only;
}

/** Mentions before `at`; with none before it, all of them (the surname comes first). */
function mentionsOf(cluster: Choosable, at: number, before: boolean): number {
  const { starts } = seen(cluster).all;
  return before ? firstAtOrAfter(starts, at) : starts.length;
}

/**
 * A bare surname shared by several people: the article's principal bearer of it. News style
 * names the person a story is about more often than a relative or namesake named beside them,
 * and names that person first ("Donald Trump and his wife Melania Trump arrived. Trump said"):
 * the most mentions before the surname decide, then the earliest mention. With none before it
 * (a surname in a headline), the whole article's counts decide.
 */
function principal<C extends Choosable>(pool: readonly C[], at: number): C | undefined {
  const before = pool.some((c) => mentionsOf(c, at, true) > 0);
  let best: C | undefined;
  let bestCount = -1;
  let bestFirst = Infinity;
  for (const c of pool) {
    const count = mentionsOf(c, at, before);
    const first = seen(c).all.starts[0] ?? Infinity;
    if (count > bestCount || (count === bestCount && first < bestFirst)) {
      best = c;
      bestCount = count;
      bestFirst = first;
    }
  }
  return best;
}

/**
 * Of several people a name could mean, the one it means at `candidate.start`. A one-word name
 * goes to the one person named by it just before; else it keeps going to the person the article
 * already called by that word alone: a second "Anne Quill" named in passing does not take "Quill"
 * from the Quill the story is about; else to the principal bearer of the surname (above), not to
 * whoever was named last. A longer name ("M. Quill") goes to the person named last before the
 * mention (mentions are compared by position, not by the order they were added).
 */
export function chooseCluster<C extends Choosable>(
  hits: readonly C[],
  candidate: { name: string; start: number; sentence: number },
): C | undefined {
  if (hits.length <= 1) return hits[0];
  const at = candidate.start;
  const word = candidate.name.trim().toLowerCase();
  if (!/\s/.test(word)) {
    const near = namedJustBefore(hits, candidate, word);
    if (near !== undefined) return near;
    const called = hits.filter((c) => calledByOneWord(c, word, at));
    return called.length === 1 ? called[0] : principal(called.length > 0 ? called : hits, at);
  }
  let best: C | undefined;
  let bestAt = -2;
  for (const c of hits) {
    const seen = latestBefore(c, at);
    // Ties (none seen before `at`) keep the cluster seen last overall, as before.
    if (seen > bestAt || (seen === bestAt && best !== undefined && c.lastSeen > best.lastSeen)) {
      best = c;
      bestAt = seen;
    }
  }
  return best;
}
