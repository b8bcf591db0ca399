import { orgCues } from '../lexicon/org-cues.js';
import { ownedByBody } from './generic-owner.js';
import type { ScanContext } from './scan-context.js';
import { tradeNamed } from './trade-heads.js';

/** A run of capitalised words [first, last) that an organization head ends, or opens before a connector. */
export function orgHeadEnd(ctx: ScanContext, first: number, last: number): boolean {
  const numbered = /^\d+$/.test(ctx.token(last - 1)?.text ?? '');
  const lastWord = ctx.token(numbered ? last - 2 : last - 1)?.text ?? '';
  const headWord = ctx.lex.orgHeads.has(lastWord) || orgCues().legalSuffixes.has(lastWord);
  if (last - first >= 2 && headWord) return true;
  if (!numbered && tradeNamed(ctx, first, last)) return true;
  // "Academy of Vietnam", "Coalition to Counter ISIS": a head followed by a connector; "the Bureau
  // of Statistics", "Bank of Veldoria": after "the", or a head no title or given name shares, the
  // head may come first.
  // After a possessive only a state's or a body's ("Russia's Ministry of Finance said"), and where
  // no comma follows ("Japan's Ministry of Economy, Trade and Industry" runs on).
  const plain =
    !ctx.lex.firstNames.has(ctx.token(first)?.text ?? '') &&
    (!/^['’]s?$/.test(ctx.lower(first - 1)) || ownedByBody(ctx, first, last));
  const from =
    (ctx.lower(first - 1) === 'the' || plain) && ctx.title(first, first + 1) === undefined
      ? first
      : first + 1;
  for (let k = from; k < last - 1; k++) {
    if (ctx.lex.orgHeads.has(ctx.token(k)?.text ?? '') && ctx.isConnector(k + 1)) return true;
  }
  return false;
}

/** "Global Coalition to Counter ISIS": an organization head stands before a listed name. */
export function hasHeadBefore(ctx: ScanContext, first: number, k: number): boolean {
  for (let j = first + 1; j < k; j++) {
    if (ctx.lex.orgHeads.has(ctx.token(j)?.text ?? '') && (j === k - 1 || ctx.isConnector(j + 1)))
      return true;
  }
  return false;
}

/** An organization head ending [first, last) or followed by a connector ("Bank of Japan"). */
export function headInside(ctx: ScanContext, first: number, last: number): boolean {
  for (let j = first; j < last; j++)
    if (
      ctx.lex.orgHeads.has(ctx.token(j)?.text ?? '') &&
      (j === last - 1 || ctx.isConnector(j + 1))
    )
      return true;
  return false;
}
