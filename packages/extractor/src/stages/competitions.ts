import { competitionWords } from '../lexicon/competitions.js';
import type { Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';

/**
 * "the Kelvin League final", "a Kelvin League spot", "Kelvin League football": a name headed by a
 * league word that the text, anywhere, follows with a noun only a competition has names the
 * competition, an event, in every place it stands ("they won the Kelvin League"). A league the text
 * never uses so stays an organization ("the Kelvin League said it would fine the club").
 */
export function emitCompetition(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  const words = competitionWords();
  if (last - first < 2 || !words.heads.has(ctx.token(last - 1)?.text ?? '')) return false;
  if (!usedAsCompetition(ctx, first, last)) return false;
  ctx.emitNamed(first, last, sentence, 'Event');
  return true;
}

/** Whether some occurrence of the name's words in the text has a competition's noun or verb around it. */
function usedAsCompetition(ctx: ScanContext, first: number, last: number): boolean {
  const n = last - first;
  const head = ctx.token(last - 1)?.text;
  for (let end = n; end < ctx.tokens.length; end++) {
    if (ctx.tokens[end - 1]?.text !== head || !cueAround(ctx, end - n, end)) continue;
    let same = true;
    for (let k = 0; k < n && same; k++)
      same = ctx.tokens[end - n + k]?.text === ctx.token(first + k)?.text;
    if (same) return true;
  }
  return false;
}

/** "the X League final", "qualified for the X League": the words around tokens first..last. */
function cueAround(ctx: ScanContext, first: number, end: number): boolean {
  const words = competitionWords();
  if (words.nounsAfter.has(ctx.tokens[end]?.text ?? '')) return true;
  return (
    ctx.lower(first - 1) === 'the' &&
    ctx.lower(first - 2) === 'for' &&
    words.verbsBefore.has(ctx.lower(first - 3))
  );
}
