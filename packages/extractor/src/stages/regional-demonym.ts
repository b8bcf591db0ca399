import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/**
 * "South American", "Latin American", "Central American": a state's demonym that also names a
 * continent's people (scan-words.json continentDemonyms), after a word that names part of a
 * continent (continentParts), is that region's adjective, no mention of the state ("South
 * Vietnamese" stays Vietnam's). Only where the two together are no state's demonym: the lexicon's longest match has
 * already read "South African" and "North Korean" from their first word, so a demonym reached
 * here after such a word stood alone.
 */
export function regionalDemonym(ctx: ScanContext, first: number): boolean {
  if (!SCAN_WORDS.continentDemonyms.has(ctx.token(first)?.text ?? '')) return false;
  const before = ctx.token(first - 1);
  if (before === undefined || !before.cap || ctx.isGlue(first - 1)) return false;
  return SCAN_WORDS.continentParts.has(before.text);
}
