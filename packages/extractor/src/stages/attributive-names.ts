import { followerNouns } from '../lexicon/follower-nouns.js';
import type { Candidate } from './candidate.js';
import { sentenceInitial } from './initial-names.js';
import { listedName } from './stance-actors.js';
import type { SlotInput, TokenReading } from './slot-reading.js';

/**
 * "Okafor supporters cheered", "a vocal Okafor critic", "the Okafor campaign said": a lone name
 * used as a noun's modifier, where the noun is one of the people who follow, serve or oppose a
 * person, or a body a person runs (lexicon/follower-nouns.ts). Only a word on the list of people's
 * names and no town's, nor a given name ("Chelsea supporters" is a club's: the tagger, which reads
 * such modifiers as MISC or as anything, cannot tell); the tagger still vetoes a place or body it
 * is sure of (`modifierAllows`). Not the last word of a longer capitalised name ("New York
 * Okafor supporters") nor a possessive.
 */
export function attributiveName(input: SlotInput, c: Candidate): boolean {
  const { tokens } = input;
  const noun = tokens[c.last];
  // The cheap test first: a lower-case word right after the name that the short list has.
  if (noun?.word !== true || noun.cap || !followerNouns().has(noun.text)) return false;
  if (tokens[c.first]?.poss === true || capitalBefore(input, c)) return false;
  // "Chelsea supporters": a given name alone before such a noun is a club or place as often.
  return listedName(c.text) && !input.lexicon.firstNames.has(c.text);
}

/** A capitalised word right before the name, other than one opening the sentence ("Several"). */
function capitalBefore(input: SlotInput, c: Candidate): boolean {
  const t = input.tokens[c.first - 1];
  return t?.word === true && t.cap && !sentenceInitial(input, { ...c, first: c.first - 1 });
}

/** The tagger's margins above which it vetoes a modifier name: a place or body, or no name at all. */
const PLACE_OR_BODY_VETO = 200;
const NO_NAME_VETO = 1000;

/**
 * The tagger reads a name modifying a noun as MISC as often as PER ("Okafor supporters" is like
 * "American supporters" to it), and one opening a sentence as no name: only a sure place or body,
 * or a very sure non-name, vetoes it.
 */
export function modifierAllows(reading: TokenReading): boolean {
  const { tag, margin } = reading;
  if (tag === 'O') return margin < NO_NAME_VETO;
  if (tag.endsWith('ORG') || tag.endsWith('LOC')) return margin < PLACE_OR_BODY_VETO;
  return true;
}
