import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures/articles.js';
import { extractInWindows } from './pipeline.js';
import { segment } from './text/segment.js';
import { LONG_TEXT_WINDOW_CHARS, textWindows, type TextWindow } from './windows.js';

const windowsOf = (text: string, maxChars: number): TextWindow[] =>
  textWindows(text.length, segment(text, { headline: false }).sentences, maxChars);

/** Windows follow one another over the whole text, each of whole sentences. */
function expectPartition(text: string, windows: readonly TextWindow[]): void {
  const { sentences } = segment(text, { headline: false });
  expect(windows[0]?.start).toBe(0);
  expect(windows.at(-1)?.end).toBe(text.length);
  expect(windows.at(-1)?.last).toBe(sentences.length);
  windows.slice(1).forEach((w, i) => {
    expect(w.start).toBe(windows[i]?.end);
    expect(w.first).toBe(windows[i]?.last);
    expect(w.start).toBe(sentences[w.first]?.start);
  });
}

describe('textWindows', () => {
  const paragraph = (n: number): string =>
    `The council met on day ${n}. Its members voted on the budget.`;
  const text = [1, 2, 3, 4].map(paragraph).join('\n\n');

  it('keeps a text shorter than a window in one window', () => {
    expect(windowsOf(text, 10_000)).toEqual([{ start: 0, end: text.length, first: 0, last: 8 }]);
  });

  it('cuts at the last paragraph break that fits', () => {
    // Two paragraphs and a half fit in 150 characters: the window ends after the second.
    const windows = windowsOf(text, 150);
    expectPartition(text, windows);
    expect(windows.map((w) => text.slice(w.start, w.end).trim())).toEqual([
      [1, 2].map(paragraph).join('\n\n'),
      [3, 4].map(paragraph).join('\n\n'),
    ]);
  });

  it('cuts a paragraph longer than a window between its sentences', () => {
    const long = 'One vote was held. Another vote followed. A third vote failed. The end came.';
    const windows = windowsOf(long, 40);
    expectPartition(long, windows);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows)
      expect(long.slice(w.start, w.end).trim().length).toBeLessThanOrEqual(40);
  });

  it('gives a sentence longer than a window a window of its own', () => {
    const long =
      'Short one. ' + 'This sentence goes on and on without a stop '.repeat(5) + 'here. Done.';
    const windows = windowsOf(long, 30);
    expectPartition(long, windows);
    expect(windows.some((w) => w.end - w.start > 30)).toBe(true);
  });

  it('reads a text longer than one window in windows of LONG_TEXT_WINDOW_CHARS', () => {
    const long = Array.from({ length: 3000 }, (_, n) => paragraph(n)).join('\n\n');
    expect(long.length).toBeGreaterThan(3 * LONG_TEXT_WINDOW_CHARS);
    const windows = windowsOf(long, long.length - 1);
    expectPartition(long, windows);
    expect(windows.length).toBeGreaterThan(long.length / LONG_TEXT_WINDOW_CHARS);
    for (const w of windows)
      expect(long.slice(w.start, w.end).trim().length).toBeLessThanOrEqual(LONG_TEXT_WINDOW_CHARS);
    expect(windowsOf(long, long.length)).toHaveLength(1);
  });

  it('makes one empty window of a text without sentences', () => {
    expect(textWindows(3, [], 10)).toEqual([{ start: 0, end: 3, first: 0, last: 0 }]);
  });
});

/** An article's body `copies` times over, as in long-text.test.ts. */
function repeated(article: string, copies: number): string {
  const body = article.slice(article.indexOf('\n\n') + 2).trimEnd();
  return Array.from({ length: copies }, () => body).join('\n\n');
}

describe('extractInWindows', () => {
  describe.each(Object.entries(FIXTURES))('the %s body repeated', (_name, article) => {
    const text = repeated(article, 12);
    const maxChars = Math.round((text.length / 12) * 2.5);
    const whole = extractInWindows(text, text.length + 1, { id: 'long', headline: false });
    const windowed = extractInWindows(text, maxChars, { id: 'long', headline: false });

    it('is cut into several windows', () => {
      expect(windowsOf(text, maxChars).length).toBeGreaterThan(3);
    });

    it('keeps every offset exact across windows', () => {
      const { analysis, document } = windowed;
      for (const m of analysis.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        const s = analysis.sentences[m.sentence];
        expect(s && s.start <= m.start && m.end <= s.end).toBe(true);
      }
      for (const q of analysis.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const r of document.relations)
        for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    });

    // Windows that read alike lose nothing by the cut: what one window needs from another
    // (names, acronyms) crosses it.
    it('finds what the whole text finds', () => {
      expect(windowed.analysis.mentions).toEqual(whole.analysis.mentions);
      expect(windowed.analysis.quotes).toEqual(whole.analysis.quotes);
      expect(windowed.document).toEqual(whole.document);
    });
  });

  it('resolves a surname to the full name of an earlier window', () => {
    const filler = 'Talks went on through the night. Nothing was agreed by morning.';
    const text = [
      'Minister Ilse Brandvold of Norway opened the talks in Geneva on Monday.',
      ...Array.from({ length: 6 }, () => filler),
      'Brandvold said the talks would resume next week.',
    ].join('\n\n');
    const { analysis } = extractInWindows(text, 200, { headline: false });
    expect(windowsOf(text, 200).length).toBeGreaterThan(2);
    const surname = analysis.mentions.find((m) => m.text === 'Brandvold');
    const full = analysis.mentions.find((m) => m.text === 'Ilse Brandvold');
    expect(full?.entityId).toBeDefined();
    expect(surname?.entityId).toBe(full?.entityId);
  });
});
