/**
 * The scorer's own reading of quotation marks, independent of the extractor's: one unit per pair
 * of marks, the words between them. Double marks (“ ” " `` '' « ») nest single ones (‘ ’ '),
 * which count only at word edges. A paragraph (a line) that ends inside a quote closes the unit
 * there, so a quote running over paragraphs gives one unit per paragraph.
 */
export interface QuoteUnit {
  /** The quoted words, [start, end), trimmed of spaces. */
  start: number;
  end: number;
  /** From the opening mark to just past the closing one (or the paragraph's end). */
  outerStart: number;
  outerEnd: number;
}

type Mark = { kind: 'double' | 'single'; role: 'open' | 'close' | 'either'; width: number };

const LETTER = /[\p{L}\p{N}]/u;

function blank(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function markAt(text: string, i: number): Mark | undefined {
  const ch = text[i];
  const pair = text.slice(i, i + 2);
  if (pair === '``') return { kind: 'double', role: 'open', width: 2 };
  if (pair === "''") return { kind: 'double', role: 'either', width: 2 };
  if (ch === '“' || ch === '«' || ch === '„') return { kind: 'double', role: 'open', width: 1 };
  if (ch === '”' || ch === '»') return { kind: 'double', role: 'close', width: 1 };
  if (ch === '"') return { kind: 'double', role: 'either', width: 1 };
  if (ch !== '‘' && ch !== '’' && ch !== "'") return undefined;
  const before = text[i - 1];
  const after = text[i + 1];
  // Inside a word it is an apostrophe: don't, Trump’s.
  if (LETTER.test(before ?? '') && LETTER.test(after ?? '')) return undefined;
  if ((blank(before) || /[([{—–-]/.test(before ?? '')) && LETTER.test(after ?? ''))
    return { kind: 'single', role: 'open', width: 1 };
  if (!blank(before) && (blank(after) || /[.,;:!?)\]—–-]/.test(after ?? '')))
    return { kind: 'single', role: 'close', width: 1 };
  return undefined;
}

interface Between {
  open: number;
  from: number;
  to: number;
  outerEnd: number;
}

function pushUnit(out: QuoteUnit[], text: string, { open, from, to, outerEnd }: Between): void {
  let start = from;
  let end = to;
  while (start < end && blank(text[start])) start++;
  while (end > start && blank(text[end - 1])) end--;
  if (end > start) out.push({ start, end, outerStart: open, outerEnd });
}

function scanLine(text: string, from: number, to: number, out: QuoteUnit[]): void {
  let double = -1;
  let single = -1;
  for (let i = from; i < to; i++) {
    const mark = markAt(text, i);
    if (mark === undefined) continue;
    const after = i + mark.width;
    if (mark.kind === 'double') {
      const closes =
        mark.role === 'close' ||
        (mark.role === 'either' && double >= 0 && !(blank(text[i - 1]) && !blank(text[after])));
      if (closes && double >= 0) {
        pushUnit(out, text, { open: double, from: markEnd(text, double), to: i, outerEnd: after });
        double = -1;
        single = -1;
      } else if (
        mark.role === 'open' ||
        (!closes && mark.role === 'either' && !blank(text[after]))
      ) {
        if (double >= 0)
          pushUnit(out, text, { open: double, from: markEnd(text, double), to: i, outerEnd: i });
        double = i;
      }
    } else if (double < 0) {
      if (mark.role === 'open' && single < 0) single = i;
      else if (mark.role === 'close' && single >= 0) {
        pushUnit(out, text, { open: single, from: single + 1, to: i, outerEnd: after });
        single = -1;
      }
    }
    i = after - 1;
  }
  if (double >= 0)
    pushUnit(out, text, { open: double, from: markEnd(text, double), to, outerEnd: to });
}

function markEnd(text: string, at: number): number {
  return text.startsWith('``', at) || text.startsWith("''", at) ? at + 2 : at + 1;
}

/** Every quotation unit of the text, line by line. */
export function findQuoteUnits(text: string): QuoteUnit[] {
  const out: QuoteUnit[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    scanLine(text, from, to, out);
    from = to + 1;
  }
  return out;
}
