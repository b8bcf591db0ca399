interface Member {
  start: number;
  sentence: number;
}

interface Timeline {
  starts: number[];
  /** The latest sentence among the members up to each position. */
  reach: number[];
  /** How many of the owner's members the timeline holds. */
  seen: number;
}

const timelines = new WeakMap<readonly Member[], Timeline>();

function rebuild(members: readonly Member[]): Timeline {
  const sorted = [...members].sort((a, b) => a.start - b.start);
  const timeline: Timeline = { starts: [], reach: [], seen: 0 };
  append(timeline, sorted);
  timeline.seen = members.length;
  return timeline;
}

function append(timeline: Timeline, members: Iterable<Member>): void {
  for (const m of members) {
    timeline.starts.push(m.start);
    timeline.reach.push(Math.max(timeline.reach.at(-1) ?? -1, m.sentence));
  }
}

/**
 * The latest sentence of the members that start before `at`, or -1: what a filter over every
 * member would give, kept sorted by start across calls. Members added in text order (as
 * references are) extend it; any other addition rebuilds it.
 */
export function latestSentenceBefore(members: readonly Member[], at: number): number {
  let timeline = timelines.get(members);
  if (timeline === undefined || timeline.seen > members.length) timeline = rebuild(members);
  else if (timeline.seen < members.length) {
    const added = members.slice(timeline.seen);
    const inOrder = added.every(
      (m, i) =>
        m.start >= (i === 0 ? (timeline?.starts.at(-1) ?? -Infinity) : (added[i - 1]?.start ?? 0)),
    );
    if (inOrder) {
      append(timeline, added);
      timeline.seen = members.length;
    } else timeline = rebuild(members);
  }
  timelines.set(members, timeline);
  let lo = 0;
  let hi = timeline.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((timeline.starts[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : (timeline.reach[lo - 1] ?? -1);
}
