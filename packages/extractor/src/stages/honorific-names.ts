import type { LexiconEntry } from '../lexicon/entry.js';
import type { PhraseMatch } from '../lexicon/phrase-trie.js';
import type { ScanContext } from './scan-context.js';

/**
 * The listed name at token `i`, unless an honorific opens the name it stands in and the listing is
 * no person's: after "Mr", "Ms.", "Mrs" a word is a surname whatever else it names ("Ms. de Lima"
 * is no capital, "Mr. Paris" no city, "Mrs. Hope" no body).
 */
export function phraseAfterHonorific(
  ctx: ScanContext,
  i: number,
  limit: number,
  honorific: boolean,
): PhraseMatch<LexiconEntry> | undefined {
  const listed = ctx.phrase(i, limit);
  if (listed === undefined || !honorific) return listed;
  return listed.values.some((v) => v.type === 'Person') ? listed : undefined;
}
