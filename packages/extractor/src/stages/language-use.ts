import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/**
 * "learning German", "in French,", "the German language", "Spanish-language": a demonym at
 * [first, last) that names a language, where it is no mention of its state. Before a noun other
 * than a language noun ("in German politics") it stays the state's adjective.
 */
export function languageUse(ctx: ScanContext, first: number, last: number): boolean {
  const next = ctx.token(last);
  const afterGlue = next !== undefined && ctx.isGlue(last) ? ctx.token(last + 1) : next;
  if (SCAN_WORDS.languageNouns.has(afterGlue?.text.toLowerCase() ?? '')) return true;
  if (!SCAN_WORDS.languageCues.has(ctx.lower(first - 1))) return false;
  // "in German." or "learn German and ...": nothing after it that the adjective could modify.
  return next === undefined || !next.word || ctx.lex.stopwords.has(next.text.toLowerCase());
}
