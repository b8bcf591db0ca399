import { describe, expect, it } from 'vitest';
import { MAGAZINE, WIRE } from './fixtures/articles.js';
import { analyze, extract } from './pipeline.js';

/**
 * An article's body many times over in one text: every copy after the first (which has no earlier
 * copy to resolve names against) must read exactly like the second. Long texts once went through
 * lookups over the whole article; this pins down that indexing them changed no answer.
 */
function repeated(article: string, copies: number): { text: string; starts: number[] } {
  const body = article.slice(article.indexOf('\n\n') + 2).trimEnd();
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < copies; i++) {
    if (i > 0) text += '\n\n';
    starts.push(text.length);
    text += body;
  }
  return { text, starts };
}

/** What a copy holds, as lines with offsets from the copy's start (sentence numbers left out). */
function inCopy(
  items: ReadonlyArray<{
    start: number;
    end: number;
    role?: { start: number; end: number };
    attribution?: { start: number; end: number };
  }>,
  from: number,
  to: number,
): string[] {
  return items
    .filter((x) => x.start >= from && x.end <= to)
    .map(({ start, end, role, attribution, ...rest }) => {
      // Sentence numbers differ from copy to copy; everything else must not.
      const kept: Record<string, unknown> = { ...rest };
      delete kept['sentence'];
      const shift = <T extends { start: number; end: number }>(x: T | undefined) =>
        x && { ...x, start: x.start - from, end: x.end - from };
      return JSON.stringify({
        ...kept,
        start: start - from,
        end: end - from,
        role: shift(role),
        attribution: shift(attribution),
      });
    });
}

describe.each([
  ['wire', WIRE],
  ['magazine', MAGAZINE],
])('a %s body repeated 40 times', (_name, article) => {
  const copies = 40;
  const { text, starts } = repeated(article, copies);
  const bounds = starts.map((s, i) => [s, starts[i + 1] ?? text.length + 2] as const);
  const analysis = analyze(text, { headline: false });
  const doc = extract(text, { headline: false });

  it('finds the same mentions and quotes in every copy after the first', () => {
    const [, second] = bounds;
    if (second === undefined) throw new Error('no second copy');
    const mentions = inCopy(analysis.mentions, ...second);
    const quotes = inCopy(analysis.quotes, ...second);
    expect(mentions.length).toBeGreaterThan(5);
    for (const [from, to] of bounds.slice(2)) {
      expect(inCopy(analysis.mentions, from, to)).toEqual(mentions);
      expect(inCopy(analysis.quotes, from, to)).toEqual(quotes);
    }
  });

  it('states the same facts, with the same evidence, in every copy after the first', () => {
    const facts = bounds.map(([from, to]) =>
      doc.relations
        .flatMap((r) =>
          r.evidence
            .filter((e) => e.start >= from && e.end <= to)
            .map((e) => JSON.stringify([r.type, r.source, r.target, r.properties, e.start - from])),
        )
        .sort(),
    );
    expect(facts[1]?.length).toBeGreaterThan(0);
    for (const copy of facts.slice(2)) expect(copy).toEqual(facts[1]);
  });
});
