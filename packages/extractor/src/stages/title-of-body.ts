import type { Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';

/**
 * "Managing Director of Air Alliance", "CEO of the Nordlys Bank": a run that opens with a title
 * and its "of" names the body after them, not a body called by the title. The token where the
 * body's name starts, or undefined.
 */
export function bodyAfterTitle(ctx: ScanContext, chunk: Chunk): number | undefined {
  const title = ctx.title(chunk.first, chunk.last);
  if (title === undefined || ctx.lower(title.end) !== 'of') return undefined;
  const from = ctx.lower(title.end + 1) === 'the' ? title.end + 2 : title.end + 1;
  return from < chunk.last && ctx.token(from)?.cap === true ? from : undefined;
}
