import { truecaseWords } from '../text/truecase.js';
import { orgCues } from '../lexicon/org-cues.js';
import type { Chunk } from './candidate.js';
import { emitEntry } from './chunk-entries.js';
import { emitNamedOrganization } from './names.js';
import type { ScanContext } from './scan-context.js';

/** A capitalised word the news writes in lower case mid-sentence ("Research", "Development"). */
function commonNoun(ctx: ScanContext, i: number): boolean {
  return truecaseWords().lower.has(ctx.lower(i));
}

/** A listed state or place ends at i that is no given name ("Leeds", not "Douglas"). */
function place(ctx: ScanContext, i: number): boolean {
  if (ctx.lex.firstNames.has(ctx.token(i)?.text ?? '')) return false;
  for (let j = Math.max(0, i - 3); j <= i; j++) {
    const listed = ctx.phrase(j, i + 1);
    if (
      listed?.end === i + 1 &&
      listed.values.some((v) => v.type === 'State' || v.type === 'Location')
    )
      return true;
  }
  return false;
}

/**
 * "Douglas & Lomason", "Black & Decker": names joined by "&" that no list knows whole are one firm
 * named after its founders, not a place and a surname; chunkEnd has already split two people
 * ("Ana Ruiz & Tom Lind") and two towns. Not where both sides are common words ("Research &
 * Development") or a side is a listed place ("France & Germany", "Leeds & Hull").
 */
export function emitFirmName(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  for (let k = first + 1; k < last - 1; k++) {
    if (ctx.token(k)?.text !== '&' || !ctx.isCap(k - 1) || !ctx.isCap(k + 1)) continue;
    if (commonNoun(ctx, k - 1) && commonNoun(ctx, k + 1)) return false;
    // "President & CEO": titles, not founders.
    if (ctx.title(k + 1, last) !== undefined || ctx.title(k - 1, k) !== undefined) return false;
    if (place(ctx, k - 1) || place(ctx, k + 1)) return false;
    emitNamedOrganization(ctx, first, last, sentence);
    return true;
  }
  return false;
}

/**
 * "Daniels Pharmaceuticals Inc of St. Petersburg", "The Dow Chemical Co of the United States": a
 * legal suffix ends the company's name; the "of" after it says where the company is from. The
 * company is emitted and the index where the rest of the chunk starts returned, else undefined.
 */
export function companyBeforeOf(ctx: ScanContext, chunk: Chunk): number | undefined {
  const { first, last, sentence } = chunk;
  for (let k = first + 1; k < last - 2; k++) {
    if (!orgCues().legalSuffixes.has(ctx.token(k)?.text ?? '') || ctx.lower(k + 1) !== 'of')
      continue;
    emitNamedOrganization(ctx, first, k + 1, sentence);
    return ctx.lower(k + 2) === 'the' ? k + 3 : k + 2;
  }
  return undefined;
}

/**
 * "Wells Fargo & Co", "Boeing Co": a listed company's name with its legal suffix is that company,
 * not a second one named by the suffix.
 */
export function emitListedWithSuffix(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (!orgCues().legalSuffixes.has(ctx.token(last - 1)?.text ?? '')) return false;
  const end = ctx.token(last - 2)?.text === '&' ? last - 2 : last - 1;
  const listed = ctx.phrase(first, end);
  if (listed?.end !== end || !listed.values.some((v) => v.type === 'Organization')) return false;
  emitEntry(ctx, first, last, listed.values, sentence);
  return true;
}
