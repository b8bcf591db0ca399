import type { ScanContext } from './scan-context.js';

/**
 * "Institute for International and Security Affairs", "Council for Trade and Economic
 * Cooperation": after a body's head word and "for" or "of", an "and" that joins two fields of its
 * work, the capitalised words after it ending in a field ("Affairs", "Security", "Cooperation").
 * Returns the end of those words; undefined where a given name or a listed name follows the "and".
 */
export function portfolioRunEnd(
  ctx: ScanContext,
  first: number,
  and: number,
  limit: number,
): number | undefined {
  if (!headedField(ctx, first, and)) return undefined;
  let j = and + 1;
  while (j < limit && ctx.isCap(j)) j++;
  if (j === and + 1 || ctx.lex.firstNames.has(ctx.token(and + 1)?.text ?? '')) return undefined;
  if (ctx.phrase(and + 1, j) !== undefined) return undefined;
  return ctx.lex.portfolios.has(ctx.token(j - 1)?.text ?? '') ? j : undefined;
}

/** A body's head word with "for" or "of" after it before `end`, and no given name. */
function headedField(ctx: ScanContext, first: number, end: number): boolean {
  let headed = false;
  for (let k = first; k < end; k++) {
    if (ctx.lex.firstNames.has(ctx.token(k)?.text ?? '')) return false;
    const connector = ctx.lower(k + 1);
    if (
      ctx.lex.orgHeads.has(ctx.token(k)?.text ?? '') &&
      (connector === 'for' || connector === 'of')
    )
      headed = true;
  }
  return headed;
}

/**
 * "Ministry of Economy, Trade and Industry": fields of a body's work listed with commas before the
 * "and" of portfolioRunEnd, each one listed as a portfolio. The end of the name, or undefined.
 */
export function portfolioListEnd(
  ctx: ScanContext,
  first: number,
  comma: number,
  limit: number,
): number | undefined {
  if (!ctx.lex.portfolios.has(ctx.token(comma - 1)?.text ?? '')) return undefined;
  if (!headedField(ctx, first, comma)) return undefined;
  let j = comma;
  while (ctx.token(j)?.text === ',') {
    if (ctx.lower(j + 1) === 'and') {
      j++;
      break;
    }
    if (!ctx.lex.portfolios.has(ctx.token(j + 1)?.text ?? '')) return undefined;
    j += 2;
  }
  return ctx.lower(j) === 'and' ? portfolioRunEnd(ctx, first, j, limit) : undefined;
}
