import type { SpeakerLookup } from './speaker-types.js';

/** The state a government body speaks for; other speakers as they are. */
export function speakerEntity(look: SpeakerLookup, id: string): string | null {
  const entity = look.entities.get(id);
  if (entity === undefined) return null;
  // A party has a state too (UKIP's is Britain), and so has a national team; each speaks for
  // itself, not for the government.
  const kind = entity.attributes?.['kind'];
  if (
    entity.type === 'Organization' &&
    typeof entity.attributes?.['state'] === 'string' &&
    kind !== 'party' &&
    kind !== 'team'
  )
    return entity.attributes['state'];
  return entity.type === 'Person' || entity.type === 'Organization' || entity.type === 'State'
    ? id
    : null;
}

/** Index of the token starting at character `at`. */
export function firstTokenOf(look: SpeakerLookup, at: number): number {
  let lo = 0;
  let hi = look.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((look.tokens[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
