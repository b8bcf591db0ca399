import type { Chunk } from './candidate.js';
import { emitEntry } from './chunk-entries.js';
import { emitNamedOrganization } from './names.js';
import type { ScanContext } from './scan-context.js';

/** "TSG 1899 Hoffenheim": a listed club the name ends in is that club; else a club of its own. */
export function emitNumberedClub(ctx: ScanContext, chunk: Chunk): void {
  const { first, last, sentence } = chunk;
  for (let k = first + 1; k < last; k++) {
    const inner = ctx.phrase(k, last);
    if (inner?.end === last && inner.values.some((v) => v.orgKind === 'sport')) {
      emitEntry(ctx, first, last, inner.values, sentence);
      return;
    }
  }
  emitNamedOrganization(ctx, first, last, sentence, { team: true, attributes: { kind: 'team' } });
}
