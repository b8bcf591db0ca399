import type { Paragraph } from '../text/segment.js';

/** Text between quotation marks, before attribution. [start, end) is the quoted words. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Offset of the opening mark; -1 when only a closing mark was written. */
  open: number;
  /** Offset of the closing mark; -1 when the paragraph ended inside the quote. */
  close: number;
  paragraph: number;
  /** Opens its paragraph and carries on a quote the previous paragraph left open. */
  continued: boolean;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

function space(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** A straight quote is closing after a word and before a space or punctuation. */
function straightCloses(text: string, at: number, from: number, to: number): boolean {
  const prev = at > from ? text[at - 1] : undefined;
  const next = at + 1 < to ? text[at + 1] : undefined;
  return !space(prev) && (space(next) || /[.,;:!?)\]—–-]/.test(next ?? ''));
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

function scanParagraph(
  text: string,
  p: Paragraph,
  previousOpen: boolean,
  sentenceStart: (at: number) => number,
): { quotes: QuoteSpan[]; open: boolean } {
  const quotes: QuoteSpan[] = [];
  let openAt = -1;
  const push = (open: number, from: number, close: number, to: number): void => {
    const [start, end] = trimmed(text, from, to);
    if (end > start)
      quotes.push({
        start,
        end,
        open,
        close,
        paragraph: p.index,
        continued: previousOpen && open === p.start,
      });
  };
  for (let j = p.start; j < p.end; j++) {
    const ch = text[j] ?? '';
    const straight = ch === '"';
    if (!OPEN.has(ch) && !CLOSE.has(ch) && !straight) continue;
    const closes =
      CLOSE.has(ch) ||
      (straight &&
        (openAt >= 0
          ? !(space(text[j - 1]) && !space(text[j + 1]))
          : straightCloses(text, j, p.start, p.end)));
    if (closes) {
      if (openAt >= 0) push(openAt, openAt + 1, j, j);
      // A closing mark with no opening one: the quote is its sentence.
      else push(-1, sentenceStart(j), j, j);
      openAt = -1;
    } else {
      // A new opening mark inside a quote ends the old one: `... efficiency. "That continues ...`.
      if (openAt >= 0) push(openAt, openAt + 1, -1, j);
      openAt = j;
    }
  }
  if (openAt >= 0) push(openAt, openAt + 1, -1, p.end);
  return { quotes, open: openAt >= 0 };
}

/** Every quotation of the body text, paragraph by paragraph. */
export function findQuoteSpans(
  text: string,
  paragraphs: readonly Paragraph[],
  sentenceStart: (at: number) => number,
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = false;
  for (const p of paragraphs) {
    if (p.kind !== 'body') {
      open = false;
      continue;
    }
    const result = scanParagraph(text, p, open, sentenceStart);
    out.push(...result.quotes);
    open = result.open;
  }
  return out;
}
