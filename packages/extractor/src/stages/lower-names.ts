import type { ScanContext } from './scan-context.js';
import { emitEntry } from './chunk-entries.js';

/** A lower-case first letter; ASCII without the regex, which runs for most words of a text. */
function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{Ll}/u.test(word);
}

/**
 * "told dpa", "al Qaeda claimed": an organization the lexicon lists under a name that starts with a
 * lower-case letter, found where the capitalised-chunk scan does not look. Returns the token after
 * it, or undefined where no such name starts at `i`.
 */
export function lowerListedName(
  ctx: ScanContext,
  i: number,
  last: number,
  sentence: number,
): number | undefined {
  const word = ctx.token(i)?.text ?? '';
  if (!startsLower(word) || ctx.lex.stopwords.has(word)) return undefined;
  const match = ctx.phrase(i, last);
  if (match === undefined || !match.values.some((v) => v.type === 'Organization')) return undefined;
  const organizations = match.values.filter((v) => v.type === 'Organization');
  emitEntry(ctx, i, match.end, organizations, sentence);
  return match.end;
}
