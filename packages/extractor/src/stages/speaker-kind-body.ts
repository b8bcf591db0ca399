import type { SpeakerLookup } from './speaker-types.js';

/** How many paragraphs back "the newspaper" may look for the paper it means. */
const PARAGRAPHS_BACK = 3;

/**
 * `The Wall Street Journal ... "...," the newspaper wrote`: a noun for a kind of organization
 * (speaker-words.json kindNouns) refers back to the organization of that kind (the lexicon's
 * `kind`, "media") named before offset `before`, in its paragraph or a few before. Two such
 * organizations there ("told CNN ... the Times reported") leave it undecided: undefined.
 * Undefined too when `noun` names no kind.
 */
export function bodyOfKind(
  look: SpeakerLookup,
  noun: string,
  before: number,
  sentence: number,
): string | undefined {
  const kind = look.reference.words.kindNouns.get(noun);
  if (kind === undefined) return undefined;
  const paragraph = look.sentences[sentence]?.paragraph ?? 0;
  const found = new Set<string>();
  for (const m of look.startingAt.values()) {
    if (m.type !== 'Organization' || m.start >= before || look.quoted(m.start)) continue;
    if ((look.sentences[m.sentence]?.paragraph ?? -Infinity) < paragraph - PARAGRAPHS_BACK)
      continue;
    if (look.entities.get(m.entityId)?.attributes?.['kind'] === kind) found.add(m.entityId);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
