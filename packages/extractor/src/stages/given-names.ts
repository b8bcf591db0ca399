import { peopleNames } from '../lexicon/people-names.js';
import { personSlots } from '../lexicon/person-slots.js';
import { placeWords } from '../lexicon/place-words.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { lowerAt } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { readCandidate, type SlotInput } from './slot-reading.js';
import { withProps } from '../with-props.js';

/** Longest untyped name (in words) the rule reads: given name, middle name, surname. */
const MAX_WORDS = 3;
/** The tagger's margin above which its company or place reading outweighs a person noun before. */
const SURE_OTHER = 400;

/**
 * "Usain Bolt", "Octavio Leal Moncada": an untyped name of two or three capitalised words whose
 * first is a given name of one gender, and which the tagger reads as one person (B-PER, then
 * I-PER), at whatever margin: the given name says what the tagger is unsure of. Where the tagger
 * reads a company or a place ("Crystal Palace"), the name follows "in" or "into", or the words
 * are no name, nothing changes. After a noun for a person ("the actress Ana Ruiz", "talk-show
 * host Ana Ruiz") the name is a person without a given name, unless the tagger is sure otherwise.
 */
export function hintGivenNames(input: SlotInput): Candidate[] {
  return input.candidates.map((c) =>
    namedPerson(input, c) ? withProps(c, { tagged: 'Person' as const }) : c,
  );
}

function namedPerson(input: SlotInput, c: Candidate): boolean {
  const words = c.last - c.first;
  if (c.type !== null || c.reference !== undefined || c.tagged !== undefined) return false;
  if (words < 2 || words > MAX_WORDS || c.caseless === true || c.place === true) return false;
  // "into Khan Tabrizat": where places stand, a given name may open a place's name.
  if (personSlots().placePrepositions.has(lowerAt(input.tokens, c.first - 1))) return false;
  const tokens = input.tokens.slice(c.first, c.last);
  if (!tokens.every((t) => t.word && t.cap && !t.upper)) return false;
  const first = tokens[0];
  // "Judge Ana", "Sheriff Joe": a title that is a given name too opens no name of its own.
  if (first === undefined || input.lexicon.titles.longest([first], 0, 1)?.end === 1) return false;
  if (!surname(input, tokens.at(-1)?.text ?? '')) return false;
  const given = speakerWords().givenNames.has(first.text) && givenHere(first.text, tokens);
  if (!given && !personNounBefore(input, c)) return false;
  const readings = readCandidate(input, c);
  if (readings === undefined) return false;
  if (given) return readings.every((r, i) => r.tag === (i === 0 ? 'B-PER' : 'I-PER'));
  // After "actress", "host": a person unless the tagger is sure of a company or a place.
  const opening = readings[0];
  return opening !== undefined && !(/ORG|LOC/.test(opening.tag) && opening.margin >= SURE_OTHER);
}

/**
 * A given name that is a word too ("Christian", "Hope", "Will") opens a person's name only before
 * a listed surname ("Christian Wulff", "Will Okafor"; people-names.json), not "Christian Aid".
 */
function givenHere(first: string, tokens: readonly { text: string }[]): boolean {
  return !personSlots().wordGivenNames.has(first) || peopleNames().has(tokens.at(-1)?.text ?? '');
}

/** "the actress Ana Ruiz", "sprint star Ana Ruiz": a lower-case noun for a person just before. */
function personNounBefore(input: SlotInput, c: Candidate): boolean {
  const before = input.tokens[c.first - 1];
  if (before?.word !== true || before.cap) return false;
  // "conservative Public Order Minister Ana Ruiz": the words open a title, not a name.
  if (input.tokens[c.last]?.cap === true) return false;
  return speakerWords().referringNouns.has(before.text.toLowerCase());
}

/** "Hyde Park", "Christian Aid", "Elm Street": the last word ends a place's or a body's name. */
export function surname(input: Pick<SlotInput, 'lexicon'>, word: string): boolean {
  const lex = input.lexicon;
  return ![
    lex.orgHeads,
    lex.locationHeads,
    lex.eventHeads,
    lex.nonNameHeads,
    placeWords().facilityHeads,
    personSlots().notSurnames,
  ].some((heads) => heads.has(word));
}
