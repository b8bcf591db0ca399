import { speakerEntity } from './speaker-lookup.js';
import type { SpeakerLookup } from './speaker-types.js';

/** Who spoke last, as the quote attributor keeps it: an entity, or null for someone unnamed. */
export interface LastSpeaker {
  sentence: number;
  paragraph: number;
  id: string | null;
}

/**
 * `A spokesman for the party said there were 40 members. They shared a belief in the
 * "unfeasibility of the treaty as it stands".`: a quote inside a sentence that goes on with the
 * report of the sentence just before it (same paragraph, a named speaker) and names no actor of
 * its own outside quotation marks is still that speaker's.
 */
export function reportContinues(
  look: SpeakerLookup,
  sentence: number,
  last: LastSpeaker | undefined,
): string | undefined {
  if (last?.id == null || last.sentence !== sentence - 1) return undefined;
  if (look.sentences[sentence]?.paragraph !== last.paragraph) return undefined;
  const [first, end] = look.sentenceTokens[sentence] ?? [0, 0];
  for (let k = first; k < end; k++) {
    const m = look.startingAt.get(k);
    if (m !== undefined && !look.quoted(m.start) && speakerEntity(look, m.entityId) !== null)
      return undefined;
    const t = look.tokens[k];
    if (t !== undefined && look.reference.kindOf(t) !== undefined && !look.quoted(t.start))
      return undefined;
  }
  return last.id;
}
