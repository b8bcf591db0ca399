import type { Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';
import { emitNamedOrganization } from './names.js';

/**
 * "CNN-IBN", "ZDF-TV": a listed organization's acronym hyphenated, with no space, onto an unlisted
 * word in capitals names another body (a channel, a site, a joint venture), not the listed one. A
 * listed name on either side ("EU-ASEAN", "US-NATO") keeps the pair apart.
 */
export function emitAcronymCompound(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (last - first !== 3 || !ctx.isGlue(first + 1)) return false;
  if (ctx.token(first)?.upper !== true || ctx.token(first + 2)?.upper !== true) return false;
  const listed = ctx.phrase(first, first + 1);
  if (listed?.end !== first + 1 || !listed.values.every((v) => v.type === 'Organization'))
    return false;
  if (ctx.phrase(first + 2, last) !== undefined) return false;
  emitNamedOrganization(ctx, first, last, sentence);
  return true;
}

/**
 * "Saxony-Anhalt", "Veldoria-Marken": a listed place hyphenated, with no space, onto an unlisted
 * capitalised word names one place, the compound, not the listed one and a stray person.
 */
export function emitPlaceCompound(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (last - first !== 3 || !ctx.isGlue(first + 1) || !ctx.isCap(first + 2)) return false;
  const listed = ctx.phrase(first, first + 1);
  if (listed?.end !== first + 1 || !listed.values.every((v) => v.type === 'Location')) return false;
  if (ctx.phrase(first + 2, last) !== undefined) return false;
  ctx.emitNamed(first, last, sentence, 'Location');
  return true;
}
