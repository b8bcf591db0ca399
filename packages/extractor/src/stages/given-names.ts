import { personSlots } from '../lexicon/person-slots.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { lowerAt } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { readCandidate, type SlotInput } from './slot-reading.js';

/** Longest untyped name (in words) the rule reads: given name, middle name, surname. */
const MAX_WORDS = 3;

/**
 * "Usain Bolt", "Octavio Leal Moncada": an untyped name of two or three capitalised words whose
 * first is a given name of one gender, and which the tagger reads as one person (B-PER, then
 * I-PER), at whatever margin: the given name says what the tagger is unsure of. Where the tagger
 * reads a company or a place ("Crystal Palace"), the name follows "in" or "into", or the words
 * are no name, nothing changes.
 */
export function hintGivenNames(input: SlotInput): Candidate[] {
  const genders = speakerWords().genderOf;
  return input.candidates.map((c) => {
    const words = c.last - c.first;
    if (c.type !== null || c.reference !== undefined || c.tagged !== undefined) return c;
    if (words < 2 || words > MAX_WORDS || c.caseless === true || c.place === true) return c;
    // "into Khan Tabrizat": where places stand, a given name may open a place's name.
    if (personSlots().placePrepositions.has(lowerAt(input.tokens, c.first - 1))) return c;
    const tokens = input.tokens.slice(c.first, c.last);
    if (!tokens.every((t) => t.word && t.cap && !t.upper)) return c;
    const first = tokens[0];
    if (first === undefined || !genders.has(first.text)) return c;
    // "Judge Ana", "Sheriff Joe": a title that is a given name too opens no name of its own.
    if (input.lexicon.titles.longest([first], 0, 1)?.end === 1) return c;
    if (!surname(input, tokens.at(-1)?.text ?? '')) return c;
    const readings = readCandidate(input, c);
    if (readings === undefined) return c;
    const person = readings.every((r, i) => r.tag === (i === 0 ? 'B-PER' : 'I-PER'));
    return person ? { ...c, tagged: 'Person' as const } : c;
  });
}

/** "Hyde Park", "Christian Aid", "Elm Street": the last word ends a place's or a body's name. */
function surname(input: SlotInput, word: string): boolean {
  const lex = input.lexicon;
  return ![
    lex.orgHeads,
    lex.locationHeads,
    lex.eventHeads,
    lex.nonNameHeads,
    personSlots().notSurnames,
  ].some((heads) => heads.has(word));
}
