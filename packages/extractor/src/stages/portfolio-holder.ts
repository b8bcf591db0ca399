import type { Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';

/**
 * "Speaker of the House Paul Ryan", "Director of National Intelligence James Clapper": after a
 * title's "of", "for" or "the", a run of capitalised words holds the rest of the portfolio, then the
 * holder's name (the title's match may have taken the first of them); a listed given name after its first word opens the name. Not a hyphenated given
 * name ("Moon Jae-in"), nor one that ends the run (a surname).
 */
export function portfolioHolder(ctx: ScanContext, chunk: Chunk): Chunk {
  const { first, last } = chunk;
  if (last - first < 3 || ctx.lex.firstNames.has(ctx.token(first)?.text ?? '')) return chunk;
  if (!afterLink(ctx, first)) return chunk;
  for (let j = first + 1; j < last - 1; j++) {
    if (!ctx.lex.firstNames.has(ctx.token(j)?.text ?? '')) continue;
    return ctx.isGlue(j + 1) ? chunk : { first: j, last, sentence: chunk.sentence };
  }
  return chunk;
}

/** A lower-case link within the few capitalised words before `first` ("of National", "of the"). */
function afterLink(ctx: ScanContext, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - MAX_PORTFOLIO); i--) {
    const t = ctx.token(i);
    if (t === undefined || !t.word) return false;
    if (!t.cap) return PORTFOLIO_LINKS.has(t.text);
  }
  return false;
}

/** Capitalised words of a portfolio the title's match may have taken after its link. */
const MAX_PORTFOLIO = 3;

/** The words between a title and the rest of its portfolio ("Minister of", "Secretary for the"). */
const PORTFOLIO_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the']);
