import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/**
 * "South American", "Latin American", "Central American": a demonym after a word that names part
 * of a continent (scan-words.json continentParts) is that region's adjective, no mention of the
 * state. Only where the two together are no state's demonym: the lexicon's longest match has
 * already read "South African" and "North Korean" from their first word, so a demonym reached
 * here after such a word stood alone.
 */
export function regionalDemonym(ctx: ScanContext, first: number): boolean {
  const before = ctx.token(first - 1);
  if (before === undefined || !before.cap || ctx.isGlue(first - 1)) return false;
  return SCAN_WORDS.continentParts.has(before.text);
}
