import { describe, expect, it } from 'vitest';
import { spanCover } from './span-cover.js';

describe('spanCover', () => {
  const spans = [
    { start: 40, end: 50 },
    { start: 0, end: 10 },
    { start: 5, end: 30 },
    { start: 12, end: 14 },
  ];
  const covers = spanCover(spans);
  const naive = (start: number, end: number): boolean =>
    spans.some((s) => start >= s.start && end <= s.end);

  it('answers as a scan of every span would, overlapping and unordered spans included', () => {
    for (let start = -2; start < 55; start++)
      for (let end = start; end < 56; end++) expect(covers(start, end)).toBe(naive(start, end));
  });

  it('covers nothing when there are no spans', () => {
    expect(spanCover([])(0, 1)).toBe(false);
  });
});
