import type { Mention } from '../types.js';
import { describedSpeaker } from './described-speaker.js';
import { firstTokenOf, speakerEntity } from './speaker-entity.js';
import type { Attribution, SpeakerLookup } from './speaker-types.js';

// Leaf helpers (speaker-entity.ts), re-exported for the stages that read them from here.
export { firstTokenOf, speakerEntity };

/** The attribution to the speaker a mention names, or undefined when it names none. */
export function attributeTo(look: SpeakerLookup, m: Mention): Attribution | undefined {
  const speakerId = speakerEntity(look, m.entityId);
  return speakerId === null ? undefined : { speakerId, start: m.start, end: m.end };
}

export function isVerb(look: SpeakerLookup, i: number): boolean {
  const t = look.tokens[i];
  // Not capitalised, so almost always lower case already: look up the text as it is first.
  return (
    t !== undefined &&
    !t.cap &&
    t.word &&
    (look.speechVerbs.has(t.text) || look.speechVerbs.has(t.text.toLowerCase())) &&
    !look.quoted(t.start) &&
    // "the warning", "his claims": after a determiner the form is a noun.
    !look.reference.words.determiners.has(look.tokens[i - 1]?.text.toLowerCase() ?? '') &&
    // "so-called", "self-described": after a hyphen it is part of an adjective.
    look.tokens[i - 1]?.text !== '-'
  );
}

export function speakerAt(
  look: SpeakerLookup,
  i: number,
  sentence: number,
  byEnd: boolean,
): Attribution | undefined {
  const t = look.tokens[i];
  if (t === undefined) return undefined;
  const kind = look.reference.kindOf(t);
  if (kind !== undefined) {
    const id = look.reference.resolve(i, sentence, kind);
    return {
      speakerId: id === undefined ? null : speakerEntity(look, id),
      start: t.start,
      end: t.end,
    };
  }
  const found = (byEnd ? look.endingAt : look.startingAt).get(i);
  // "the senator" that the entity stage gave to the one senator of the whole text: as a speaker,
  // only if that senator was named lately; else the description is read afresh.
  const m =
    found?.kind === 'reference' &&
    !look.reference.namedLately(found.entityId, found.start, sentence)
      ? undefined
      : found;
  if (m === undefined && !look.quoted(t.start)) {
    const described = describedSpeaker(look, i, sentence, byEnd);
    if (described === undefined) return undefined;
    const speakerId = described.id === null ? null : speakerEntity(look, described.id);
    const { head } = described;
    if (speakerId === null || described.id === null || head === undefined)
      return { speakerId, start: described.start, end: described.end };
    const refers = { entityId: described.id, start: head.start, end: head.end };
    return { speakerId, start: described.start, end: described.end, described: refers };
  }
  if (m === undefined || look.quoted(m.start)) return undefined;
  return { speakerId: speakerEntity(look, m.entityId), start: m.start, end: m.end };
}

/** How many words may stand between a speech verb and its speaker's name. */
const NAME_REACH = 6;

/**
 * `said Ohio software executive Ana Ruiz`, `according to Mr Ruiz`: the first person named within
 * a few words from `from`, past descriptive words and names of places or bodies, but not past
 * punctuation or a word that opens another phrase ("a spokesman for Ana Ruiz").
 */
export function personAfter(look: SpeakerLookup, from: number): Attribution | undefined {
  const stops = look.reference.words.nameStops;
  for (let k = from; k < from + NAME_REACH; k++) {
    const t = look.tokens[k];
    if (t === undefined || look.quoted(t.start)) return undefined;
    const m = look.startingAt.get(k);
    if (m !== undefined) {
      const speakerId = speakerEntity(look, m.entityId);
      if (look.entities.get(m.entityId)?.type === 'Person' && speakerId !== null)
        return titledAfter(look, m) ?? { speakerId, start: m.start, end: m.end };
      k = firstTokenOf(look, m.end) - 1;
      continue;
    }
    if (!(t.word || t.text === '-') || stops.has(t.text)) return undefined;
  }
  return undefined;
}

/** How many lower-case words a title after a person's name may take ("campaign manager"). */
const TITLE_REACH = 3;

/**
 * `said Trump spokeswoman Ana Ruiz`, `said Ruiz campaign manager Li Wei`: a person's name, then a
 * lower-case title of a few words, then another person: the first name only says whose the title
 * is, and the one who holds it speaks.
 */
function titledAfter(look: SpeakerLookup, owner: Mention): Attribution | undefined {
  const stops = look.reference.words.nameStops;
  const first = firstTokenOf(look, owner.end);
  for (let k = first; k <= first + TITLE_REACH; k++) {
    const m = look.startingAt.get(k);
    if (m !== undefined) {
      const speakerId = speakerEntity(look, m.entityId);
      if (k === first || look.entities.get(m.entityId)?.type !== 'Person' || speakerId === null)
        return undefined;
      return { speakerId, start: m.start, end: m.end };
    }
    const t = look.tokens[k];
    if (t?.word !== true || t.cap || look.quoted(t.start)) return undefined;
    const lower = t.text.toLowerCase();
    if (stops.has(lower) || look.reference.words.between.has(lower) || look.speechVerbs.has(lower))
      return undefined;
  }
  return undefined;
}
