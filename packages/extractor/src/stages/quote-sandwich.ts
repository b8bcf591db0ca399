import type { Quote } from '../types.js';
import type { QuoteSpan } from './quote-marks.js';
import type { QuoteResult } from './quotes.js';
import { strength } from '../relations/confidence.js';

/** A short quote between two quotes of one speaker in one paragraph is that speaker's word too. */
export function sandwiched(
  text: string,
  short: readonly QuoteSpan[],
  found: readonly QuoteResult[],
): QuoteResult[] {
  const out: QuoteResult[] = [];
  // Grouped by paragraph (in order) so that each short quote looks only at its own paragraph.
  const byParagraph = new Map<number, QuoteResult[]>();
  for (const r of found) {
    const list = byParagraph.get(r.paragraph);
    if (list === undefined) byParagraph.set(r.paragraph, [r]);
    else list.push(r);
  }
  for (const q of short) {
    const mine = byParagraph.get(q.paragraph) ?? [];
    const before = mine.filter((r) => r.quote.end <= q.start).at(-1);
    const after = mine.find((r) => r.quote.start >= q.end);
    if (
      before === undefined ||
      after === undefined ||
      before.quote.speakerId !== after.quote.speakerId
    )
      continue;
    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speakerId: before.quote.speakerId,
    };
    out.push({ quote, confidence: strength('quote-sandwich'), paragraph: q.paragraph });
  }
  return out;
}
