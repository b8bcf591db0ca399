import { loneNameBounds } from '../lexicon/lone-name-bounds.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { lowerAt } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { SlotInput } from './slot-reading.js';

/**
 * The words around a lone listed name (stages/listed-lone-names.ts) that show it names a people, a
 * place or a thing, not a person, however the word before it would govern a person:
 * - a preposition of motion or extent before it ("came from Derry", "across Tyrone");
 * - an article or possessive and a describing function word before it, which make it the head of
 *   a noun phrase ("the first Macintosh", "a new Rindal"), where a person's bare name never stands
 *   (not "This was Rindal": "this" and "that" stand alone too);
 * - a noun after it for the members, homes or ways of a people or place, which it modifies
 *   ("two Roma women", "Tyrone families").
 * `before` is the word before the name in lower case, `noun` the word after it ('' where none).
 */
export function boundLoneName(
  input: SlotInput,
  c: Candidate,
  before: string,
  noun: string,
): boolean {
  const bounds = loneNameBounds();
  if (bounds.placePrepositions.has(before) || bounds.populationNouns.has(noun)) return true;
  if (!bounds.nounModifiers.has(before)) return false;
  const determiner = lowerAt(input.tokens, c.first - 2);
  return (
    !bounds.standaloneDeterminers.has(determiner) && speakerWords().determiners.has(determiner)
  );
}
