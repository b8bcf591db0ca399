import type { SpeakerLookup } from './speaker-types.js';

/** How many paragraphs back "the newspaper" may look for the paper it means. */
const PARAGRAPHS_BACK = 3;

/**
 * The organization kind that the words of a description after "the" (token `the`) through its
 * head name, by the longest listed ending (speaker-words.json kindNouns): "media" for "the
 * newspaper" and "the Washington Post editorial board". Undefined for any other description.
 */
export function kindOfDescription(
  look: SpeakerLookup,
  the: number,
  head: number,
): string | undefined {
  const nouns = look.reference.words.kindNouns;
  for (let from = the + 1; from <= head; from++) {
    const words = look.tokens.slice(from, head + 1).map((t) => t.text.toLowerCase());
    const kind = nouns.get(words.join(' '));
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/**
 * `The Wall Street Journal ... "...," the newspaper wrote`: a description of a kind of
 * organization refers back to the organization of that kind (the lexicon's `kind`, "media")
 * named before offset `before`, or quoted, in its paragraph or a few before. Two such organizations there
 * ("told CNN ... the Times reported") leave it undecided: undefined.
 */
export function bodyOfKind(
  look: SpeakerLookup,
  kind: string,
  before: number,
  sentence: number,
): string | undefined {
  const paragraph = look.sentences[sentence]?.paragraph ?? 0;
  const found = new Set<string>();
  for (const m of look.startingAt.values()) {
    if (m.type !== 'Organization' || m.start >= before || look.quoted(m.start)) continue;
    if ((look.sentences[m.sentence]?.paragraph ?? -Infinity) < paragraph - PARAGRAPHS_BACK)
      continue;
    if (isKind(look, m.entityId, kind)) found.add(m.entityId);
  }
  // A paper the text quoted lately counts as named there, when a description named it.
  for (let s = sentence - 1; s >= 0; s--) {
    if ((look.sentences[s]?.paragraph ?? -Infinity) < paragraph - PARAGRAPHS_BACK) break;
    const id = look.reference.speakerOf(s);
    if (id !== undefined && isKind(look, id, kind)) found.add(id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether the entity is an organization of the lexicon's `kind`. */
export function isKind(look: SpeakerLookup, id: string, kind: string): boolean {
  return look.entities.get(id)?.attributes?.['kind'] === kind;
}

/**
 * `"...," The Washington Post's editorial board wrote`: a kind description after a possessive
 * speaks for its owner when the owner is of that kind; `head` is the description's last token.
 */
export function possessedBody(
  look: SpeakerLookup,
  head: number,
): { id: string; start: number; end: number } | undefined {
  for (let mark = head - 1; mark >= head - 2; mark--) {
    const text = look.tokens[mark]?.text;
    if (text !== "'s" && text !== '’s') continue;
    const kind = kindOfDescription(look, mark, head);
    const owner = look.endingAt.get(mark - 1);
    if (kind === undefined || owner === undefined || look.quoted(owner.start)) return undefined;
    if (!isKind(look, owner.entityId, kind)) return undefined;
    return { id: owner.entityId, start: owner.start, end: look.tokens[head]?.end ?? owner.end };
  }
  return undefined;
}
