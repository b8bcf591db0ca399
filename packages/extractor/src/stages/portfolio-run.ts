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
  let headed = false;
  for (let k = first; k < and; k++) {
    if (ctx.lex.firstNames.has(ctx.token(k)?.text ?? '')) return undefined;
    const connector = ctx.lower(k + 1);
    if (
      ctx.lex.orgHeads.has(ctx.token(k)?.text ?? '') &&
      (connector === 'for' || connector === 'of')
    )
      headed = true;
  }
  if (!headed) return undefined;
  let j = and + 1;
  while (j < limit && ctx.isCap(j)) j++;
  if (j === and + 1 || ctx.lex.firstNames.has(ctx.token(and + 1)?.text ?? '')) return undefined;
  if (ctx.phrase(and + 1, j) !== undefined) return undefined;
  return ctx.lex.portfolios.has(ctx.token(j - 1)?.text ?? '') ? j : undefined;
}
