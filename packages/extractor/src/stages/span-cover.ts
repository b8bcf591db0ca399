interface Span {
  start: number;
  end: number;
}

/**
 * Whether any of a set of spans covers [start, end): a bisection over the spans by start with the
 * furthest end reached so far, instead of a scan of every span per question (quadratic on a long
 * text with many quotes). Spans may overlap and come in any order.
 */
export function spanCover(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) {
    furthest = Math.max(furthest, s.end);
    reach.push(furthest);
  }
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] ?? -Infinity) >= end;
  };
}
