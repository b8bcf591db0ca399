import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import type { ScanContext } from './scan-context.js';
import tradeJson from './trade-heads.json' with { type: 'json' };

const TradeSchema = z.object({
  words: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u, 'expected one capitalised word')).min(1),
});

/** The most words a trade-named company has, its trade word included ("Highland Gold Mining"). */
const MAX_WORDS = 3;

let cached: ReadonlySet<string> | undefined;

/** The trade words of trade-heads.json, validated once. */
export function tradeHeads(): ReadonlySet<string> {
  cached ??= new Set(parseBundled(TradeSchema, tradeJson, 'stages/trade-heads.json').words);
  return cached;
}

/**
 * "Kinross Gold said", "Tata Steel sued": a run of two or three capitalised words that ends in a
 * trade word names a company, as one ending in "Holdings" does. Not where the run opens with a
 * given name ("Jonathan Gold", "Danielle Steel": a person whose surname is the word), an
 * adjective of names ("Islamic Enterprises" is left to the rules that read it) or a word of the
 * calendar or a stopword ("Monday Steel", "The Gold"), nor the end of a name cut at a slash ("B/E
 * Aerospace").
 */
export function tradeNamed(ctx: ScanContext, first: number, last: number): boolean {
  const n = last - first;
  if (n < 2 || n > MAX_WORDS || !tradeHeads().has(ctx.token(last - 1)?.text ?? '')) return false;
  const opener = ctx.token(first)?.text ?? '';
  // "B/E Aerospace", "AT&T Steel": a run cut off at a slash or ampersand is part of a name.
  if (opener.length < 2 || /^[/&]$/.test(ctx.token(first - 1)?.text ?? '')) return false;
  const lex = ctx.lex;
  return (
    !lex.firstNames.has(opener) &&
    !lex.nameAdjectives.has(opener) &&
    !lex.calendar.has(opener) &&
    !lex.stopwords.has(opener.toLowerCase()) &&
    !lex.honorifics.has(opener)
  );
}
