import { describe, expect, it } from 'vitest';
import { latestSentenceBefore } from './member-timeline.js';

describe('latestSentenceBefore', () => {
  const naive = (members: Array<{ start: number; sentence: number }>, at: number): number =>
    Math.max(-1, ...members.filter((m) => m.start < at).map((m) => m.sentence));

  it('gives the latest sentence of the members starting before a position, or -1', () => {
    const members = [
      { start: 50, sentence: 4 },
      { start: 10, sentence: 1 },
      { start: 30, sentence: 2 },
    ];
    for (let at = 0; at < 60; at += 5)
      expect(latestSentenceBefore(members, at)).toBe(naive(members, at));
  });

  it('follows members added later, in text order or not', () => {
    const members = [{ start: 10, sentence: 1 }];
    expect(latestSentenceBefore(members, 100)).toBe(1);
    members.push({ start: 40, sentence: 3 });
    expect(latestSentenceBefore(members, 100)).toBe(3);
    members.push({ start: 20, sentence: 7 });
    for (let at = 0; at < 60; at += 5)
      expect(latestSentenceBefore(members, at)).toBe(naive(members, at));
  });
});
