import type { Gender, SpeakerWords } from '../lexicon/speaker-words.js';

/** How far back from a name its title is looked for: the longest title's last word and spaces. */
const TITLE_REACH = 12;

/** The word before the spaces that end a stretch of text; opening brackets and quotes left off. */
const WORD_BEFORE = /([\p{L}.]+)\s+$/u;

/**
 * "Mrs. Quill", "Mr Quill": the gender that the title right before offset `start` says. One reading
 * of a name's gender for the person index, the speaker reference and the actor link.
 */
export function titleGenderBefore(
  words: SpeakerWords,
  text: string,
  start: number,
): Gender | undefined {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - TITLE_REACH), start));
  return before?.[1] === undefined ? undefined : words.titleGender.get(before[1]);
}

/**
 * "Anna Quill": the gender that the first word of a name of two or more words says. A lone word
 * is a surname as often as a given name ("Brewer", "Ford"): it says none. The one reading of a
 * given name's gender, for the stages above and the relations' "he", "his" and "him" readers.
 */
export function givenNameGender(words: SpeakerWords, name: string): Gender | undefined {
  const space = name.search(/\s/);
  return space < 0 ? undefined : words.genderOf.get(name.slice(0, space));
}

/** The word before a name, past one comma: "his wife Anna Quill", "her son, Peter Quill". */
const WORD_BEFORE_APPOSED = /(\p{L}+),?\s+$/u;

/**
 * "his wife Anna Quill", "Quill's son, Peter Quill": a noun for a relative (speaker-words.json
 * kinshipNouns) right before a name, which introduces the person as someone else's relative.
 */
export function kinNounBefore(words: SpeakerWords, text: string, start: number): boolean {
  const before = WORD_BEFORE_APPOSED.exec(text.slice(Math.max(0, start - TITLE_REACH), start));
  return before?.[1] !== undefined && words.kinship.has(before[1].toLowerCase());
}
