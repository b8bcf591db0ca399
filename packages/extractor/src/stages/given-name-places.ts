import { mentionWords } from '../lexicon/mention-words.js';
import { personSlots } from '../lexicon/person-slots.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import type { SequenceTagger } from '../tagger/tagger.js';
import { lowerAt } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { surname } from './given-names.js';
import { readCandidate, type SlotInput } from './slot-reading.js';

export interface GivenNamePlaceInput extends Omit<SlotInput, 'tagger'> {
  text: string;
  /** Without the tagger the stage leaves the candidates as they are. */
  tagger: SequenceTagger | undefined;
}

/**
 * "to pardon Sydney Okafor", "his supervisor, Stanley Brewer": a listed place whose name is a given name
 * too, right before an unknown capitalised word that can end a person's name, opens that person's
 * name where the tagger reads the two words as one person's, at whatever margin. The place and the word give way to one untyped candidate with the Person hint, so a company
 * or an acronym named elsewhere still claims it first. Not where places stand ("in Sydney Okafor
 * said"), nor before a head that ends a place's or a body's name ("Sydney Cathedral").
 */
export function joinGivenNamePlaces(input: GivenNamePlaceInput): Candidate[] {
  const { tagger } = input;
  if (tagger === undefined) return [...input.candidates];
  // Untyped candidates by first token, made at the first place a given name may open.
  let byFirst: Map<number, Candidate> | undefined;
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const place of input.candidates) {
    if (!givenNamePlace(input, place)) continue;
    if (byFirst === undefined) {
      byFirst = new Map();
      for (const c of input.candidates) if (c.type === null) byFirst.set(c.first, c);
    }
    const rest = byFirst.get(place.last);
    if (rest === undefined || rest.last - rest.first !== 1 || !surnameWord(input, rest)) continue;
    const person = joined(input, place, rest);
    const readings = readCandidate({ ...input, tagger }, person);
    if (readings?.[0]?.tag !== 'B-PER' || readings[1]?.tag !== 'I-PER') continue;
    replaced.add(place);
    replaced.add(rest);
    added.push(person);
  }
  if (added.length === 0) return [...input.candidates];
  return [...input.candidates.filter((c) => !replaced.has(c)), ...added];
}

function givenNamePlace(input: GivenNamePlaceInput, c: Candidate): boolean {
  if (c.type !== 'Location' || c.last - c.first !== 1 || c.caseless === true) return false;
  // "Baja California Sur", "the Washington Redskins": a longer place's or a capital's team's name.
  if (c.capitalOf !== undefined || input.tokens[c.first - 1]?.cap === true) return false;
  const before = lowerAt(input.tokens, c.first - 1);
  if (personSlots().placePrepositions.has(before)) return false;
  if (mentionWords().townPrepositions.has(before)) return false;
  return speakerWords().givenNames.has(c.text) && !personSlots().wordGivenNames.has(c.text);
}

function surnameWord(input: GivenNamePlaceInput, c: Candidate): boolean {
  const token = input.tokens[c.first];
  if (token === undefined || !token.word || !token.cap || token.upper) return false;
  // "Sydney Okafor Street": the pair is part of a longer name.
  if (input.tokens[c.last]?.cap === true) return false;
  return surname(input, token.text) && !input.lexicon.nameAdjectives.has(token.text);
}

function joined(input: GivenNamePlaceInput, place: Candidate, rest: Candidate): Candidate {
  const text = input.text.slice(place.start, rest.end).replace(/\s+/g, ' ');
  const out: Candidate = {
    start: place.start,
    end: rest.end,
    text,
    first: place.first,
    last: rest.last,
    sentence: place.sentence,
    type: null,
    kind: 'name',
    name: text,
    tagged: 'Person',
  };
  if (rest.speaker === true) out.speaker = true;
  return out;
}
