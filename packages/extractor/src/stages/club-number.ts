import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import sportsWordsJson from '../lexicon/data/sports-words.json' with { type: 'json' };
import type { ScanContext } from './scan-context.js';

const ClubWordsSchema = z.object({
  clubWords: z.array(z.string().min(1)),
  fixtureWords: z.array(z.string().min(1)),
});
const parsed = parseBundled(ClubWordsSchema, sportsWordsJson, 'sports-words.json');
const CLUB_WORDS: ReadonlySet<string> = new Set(parsed.clubWords);
const FIXTURE_WORDS: ReadonlySet<string> = new Set(parsed.fixtureWords);

/** "1.FSV": a dotted number glued before a club word. */
const DOTTED_PREFIX = /^\d{1,2}\./;
const TWO_DIGITS = /^\d\d$/;
/** "05", "04": no score is written with a leading zero. */
const LEADING_ZERO = /^0\d$/;
const FOUNDING_YEAR = /^1[89]\d\d$/;
/** Capitalised words a club word may stand back from its number ("TSV 1860", "SC Alpha Beta 07"). */
const LOOK_BACK = 3;

/** The club word's index among the few capitalised words before `i`, if one is there. */
function clubWordBefore(ctx: ScanContext, i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - LOOK_BACK); k--) {
    const token = ctx.token(k);
    if (token === undefined || !token.word) return undefined;
    if (CLUB_WORDS.has(token.text.replace(DOTTED_PREFIX, ''))) return k;
    if (!ctx.isCap(k)) return undefined;
  }
  return undefined;
}

/**
 * Two digits without a leading zero end a club's name before a word on the same line that is not
 * capitalised, or in a fixture ("X vs. SV Alpha 98 Y vs. Z"); before another name or at a line's
 * end they are a score ("SC Alpha 85 FC Beta 80").
 */
function yearAfter(ctx: ScanContext, i: number, clubWord: number): boolean {
  if (LEADING_ZERO.test(ctx.token(i)?.text ?? '')) return true;
  const token = ctx.token(i);
  const next = ctx.token(i + 1);
  if (token === undefined || next === undefined) return false;
  if (ctx.isCap(i + 1)) return FIXTURE_WORDS.has(ctx.lower(clubWord - 1));
  return !ctx.text.slice(token.end, next.start).includes('\n');
}

/**
 * "SV Darmstadt 98", "SC Paderborn 07", "TSV 1860 Munich": a founding year, in two digits or
 * four, at `i` belongs to the name before it when a club word comes shortly before in that name.
 */
export function clubNumber(ctx: ScanContext, i: number): boolean {
  const text = ctx.token(i)?.text ?? '';
  const year = FOUNDING_YEAR.test(text);
  if (!year && !TWO_DIGITS.test(text)) return false;
  const clubWord = clubWordBefore(ctx, i);
  if (clubWord === undefined) return false;
  return year || yearAfter(ctx, i, clubWord);
}

/** "SV Darmstadt 98", "TSV 1860 Munich": a name holding a club's founding year is a club. */
export function numberedClub(ctx: ScanContext, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (clubNumber(ctx, k)) return true;
  return false;
}
