import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../text/segment.js';
import { findQuoteSpans } from './quote-marks.js';

/** Paragraphs of `parts` joined by blank lines, every one body text. */
function paragraphsOf(parts: readonly string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  parts.forEach((part, index) => {
    if (index > 0) text += '\n\n';
    paragraphs.push({
      index,
      start: text.length,
      end: text.length + part.length,
      kind: 'body',
      caseless: false,
    });
    text += part;
  });
  return { text, paragraphs };
}

function quoted(parts: readonly string[]): string[] {
  const { text, paragraphs } = paragraphsOf(parts);
  return findQuoteSpans(
    text,
    paragraphs,
    (at) => paragraphs.findLast((p) => p.start <= at)?.start ?? 0,
  ).map((q) => `${q.paragraph}:${text.slice(q.start, q.end)}`);
}

describe('findQuoteSpans', () => {
  it('finds the quotes of later paragraphs after paragraphs without a mark', () => {
    expect(
      quoted([
        'The council met on Monday.',
        'Nothing was decided then.',
        '"We will vote next week," the mayor said.',
        'She added: “It is time.”',
      ]),
    ).toEqual(['2:We will vote next week,', '3:It is time.']);
  });

  it('reads a mark that opens a paragraph and one that ends it', () => {
    expect(quoted(['"Open at the start', 'and plain text', 'a closing mark at the end"'])).toEqual([
      '0:Open at the start',
      '2:a closing mark at the end',
    ]);
  });

  it('leaves apostrophes inside words alone and pairs single quotes', () => {
    expect(quoted(["The union's chief called it ‘a farce’ on Tuesday.", "Don't panic."])).toEqual([
      '0:a farce',
    ]);
  });
});
