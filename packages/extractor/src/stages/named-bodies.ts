import type { LexiconEntry } from '../lexicon/entry.js';
import type { Chunk } from './candidate.js';
import { emitNamedOrganization } from './names.js';
import type { ScanContext } from './scan-context.js';

/** The fewest capitalised words before the body's noun: one ("Youth Congress") may be a qualifier. */
const MIN_LEAD_WORDS = 2;

/** A word of the lead that no list reads as a title, date, given name or function word. */
function plainLeadWord(ctx: ScanContext, i: number): boolean {
  const t = ctx.token(i);
  if (t === undefined || !t.word || !t.cap || t.upper) return false;
  if (ctx.lex.stopwords.has(t.text.toLowerCase()) || ctx.lex.calendar.has(t.text)) return false;
  if (ctx.lex.firstNames.has(t.text) || ctx.lex.orgHeads.has(t.text)) return false;
  return ctx.title(i, i + 1) === undefined;
}

/**
 * The words before the body's noun: plain words, and listed names of another state or a place
 * ("Indian", "African"). A listed person or organization ("FIFA Congress", "Republican Congress")
 * makes it that one's body; the body's own state ("U. S. Congress") makes it the listed one.
 */
function plainLead(ctx: ScanContext, first: number, body: number, state: string): boolean {
  let i = first;
  while (i < body) {
    const listed = ctx.phrase(i, body);
    if (listed === undefined) {
      if (!plainLeadWord(ctx, i)) return false;
      i++;
      continue;
    }
    const place = (v: LexiconEntry): boolean =>
      (v.type === 'State' || v.type === 'Location') && v.id !== state;
    if (!listed.values.every(place)) return false;
    i = listed.end;
  }
  return true;
}

/**
 * "the Pan Africanist Congress", "the World Uyghur Congress": a run of capitalised words ending in
 * the one word a state's own body is listed by ("Congress") is a body of its own name, not that
 * state's, where the words before are no listed name, title, date or given name, at least two of
 * them, and not opening the sentence with a common word. `body` is the run's last token.
 */
export function namedBodyRun(
  ctx: ScanContext,
  chunk: Chunk,
  body: number,
  values: readonly LexiconEntry[],
): boolean {
  const { first, last } = chunk;
  if (body !== last - 1 || body - first < MIN_LEAD_WORDS) return false;
  const entry = ctx.pick(values);
  if (entry?.type !== 'Organization' || entry.state === undefined || entry.orgKind === 'party')
    return false;
  if (!ctx.lex.orgHeads.has(ctx.token(body)?.text ?? '')) return false;
  // "Meanwhile Congress", "Shares of ...": a capital that only opens the sentence says nothing.
  if (ctx.sentenceInitial(first) && ctx.seenLower(ctx.token(first)?.text ?? '')) return false;
  return plainLead(ctx, first, body, entry.state);
}

/**
 * "Brussels-based Victims Support Europe": a run after "<place>-based" is one body's name, a place
 * at its end included, where no title or given name in it shows a person.
 */
export function emitBasedBody(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (last - first < 2 || ctx.lower(first - 1) !== 'based' || !ctx.orgNounBefore(first))
    return false;
  if (ctx.lex.firstNames.has(ctx.token(first)?.text ?? '')) return false;
  for (let i = first; i < last; i++) if (ctx.title(i, last) !== undefined) return false;
  emitNamedOrganization(ctx, first, last, sentence);
  return true;
}
