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
  /** Written with single marks (‘…’), which short scare quotes use more than speech does. */
  single: boolean;
}

/** A quotation mark at an offset: double (“ ” " `` '' « ») or single (‘ ’ '), and its width. */
interface Mark {
  single: boolean;
  role: 'open' | 'close' | 'either';
  width: number;
}

const WORD = /[\p{L}\p{N}]/u;

function space(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function singleMark(text: string, at: number): Mark | undefined {
  const before = text[at - 1];
  const after = text[at + 1];
  // Inside a word it is an apostrophe: don't, Kent’s, rock ’n’ roll.
  if (WORD.test(before ?? '') && WORD.test(after ?? '')) return undefined;
  if ((space(before) || /[([{—–]/.test(before ?? '')) && WORD.test(after ?? ''))
    return { single: true, role: 'open', width: 1 };
  if (!space(before) && (space(after) || /[.,;:!?)\]—–]/.test(after ?? '')))
    return { single: true, role: 'close', width: 1 };
  return undefined;
}

/** The characters that can be a quotation mark at all: ` ' " « » and ‘ ’ ‚ ‛ “ ” „. */
const MARK_CODES = /["'`\u00ab\u00bb\u2018-\u201e]/g;

/** Where the last search for a mark started and what it found (text.length: nothing). */
interface MarkSearch {
  from: number;
  at: number;
}

/**
 * The offset of the first character at or after `from` that can be a quotation mark, or
 * text.length: the regular expression engine skips the rest faster than a loop over every
 * character. A search that ran past a paragraph's end answers the next paragraphs too.
 */
function nextMark(text: string, from: number, last: MarkSearch): number {
  if (from >= last.from && from <= last.at) return last.at;
  MARK_CODES.lastIndex = from;
  last.from = from;
  last.at = MARK_CODES.exec(text)?.index ?? text.length;
  return last.at;
}

/** The mark at `at`, which {@link nextMark} found (or a mark found before). */
function markAt(text: string, at: number): Mark | undefined {
  const ch = text[at];
  if (ch === '`' && text[at + 1] === '`') return { single: false, role: 'open', width: 2 };
  if (ch === "'" && text[at + 1] === "'") return { single: false, role: 'either', width: 2 };
  if (ch === '“' || ch === '«' || ch === '„') return { single: false, role: 'open', width: 1 };
  if (ch === '”' || ch === '»') return { single: false, role: 'close', width: 1 };
  if (ch === '"') return { single: false, role: 'either', width: 1 };
  if (ch === '‘' || ch === '’' || ch === "'") return singleMark(text, at);
  return undefined;
}

/** A straight or doubled mark is closing after a word and before a space or punctuation. */
function straightCloses(text: string, at: number, width: number, open: boolean): boolean {
  const prev = text[at - 1];
  const next = text[at + width];
  if (open) return !(space(prev) && !space(next));
  return !space(prev) && (space(next) || /[.,;:!?)\]—–-]/.test(next ?? ''));
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

interface Scan {
  text: string;
  p: Paragraph;
  previousOpen: boolean;
  sentenceStart: (at: number) => number;
  quotes: QuoteSpan[];
  marks: MarkSearch;
}

function push(scan: Scan, open: number, from: number, close: number, to: number): void {
  const [start, end] = trimmed(scan.text, from, to);
  const single = open >= 0 && markAt(scan.text, open)?.single === true;
  if (end > start)
    scan.quotes.push({
      start,
      end,
      open,
      close,
      paragraph: scan.p.index,
      continued: scan.previousOpen && open === scan.p.start,
      single,
    });
}

/**
 * Single quotes count only outside a double quote (inside one they are nested and belong to it)
 * and only when a closing one follows in the paragraph, so a lone apostrophe ("the students’
 * union") opens nothing.
 */
function scanParagraph(scan: Scan): boolean {
  const { text, p } = scan;
  let openAt = -1;
  let openWidth = 1;
  let singleAt = -1;
  for (let j = p.start; j < p.end; j++) {
    j = nextMark(text, j, scan.marks);
    if (j >= p.end) break;
    const mark = markAt(text, j);
    if (mark === undefined) continue;
    if (mark.single) {
      if (openAt >= 0) continue;
      if (mark.role === 'open' && singleAt < 0) singleAt = j;
      else if (mark.role === 'close' && singleAt >= 0) {
        push(scan, singleAt, singleAt + 1, j, j);
        singleAt = -1;
      }
      continue;
    }
    const closes =
      mark.role === 'close' ||
      (mark.role === 'either' && straightCloses(text, j, mark.width, openAt >= 0));
    if (closes) {
      if (openAt >= 0) push(scan, openAt, openAt + openWidth, j, j);
      // A closing mark with no opening one: the quote is its sentence.
      else push(scan, -1, scan.sentenceStart(j), j, j);
      openAt = -1;
    } else {
      // A new opening mark inside a quote ends the old one: `... efficiency. "That continues ...`.
      if (openAt >= 0) push(scan, openAt, openAt + openWidth, -1, j);
      openAt = j;
      openWidth = mark.width;
      singleAt = -1;
    }
    j += mark.width - 1;
  }
  if (openAt >= 0) push(scan, openAt, openAt + openWidth, -1, p.end);
  return openAt >= 0;
}

/** Every quotation of the body text, paragraph by paragraph. */
export function findQuoteSpans(
  text: string,
  paragraphs: readonly Paragraph[],
  sentenceStart: (at: number) => number,
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = false;
  const marks: MarkSearch = { from: 0, at: -1 };
  for (const p of paragraphs) {
    if (p.kind !== 'body') {
      open = false;
      continue;
    }
    const scan: Scan = { text, p, previousOpen: open, sentenceStart, quotes: [], marks };
    open = scanParagraph(scan);
    out.push(...scan.quotes);
  }
  return out;
}
