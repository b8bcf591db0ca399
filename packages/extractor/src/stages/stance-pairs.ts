import type { PersonSlots } from '../lexicon/person-slots.js';
import { lowerAt, type Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { afterLeadingWord } from './leading-words.js';
import { sentenceInitial } from './initial-names.js';
import type { SlotInput } from './slot-reading.js';

/** Capitalised words a name after an accusing verb may have ("accuses Alan Simpson of"). */
const MAX_NAME_WORDS = 4;

/** The possessive mark after an owner: "’s", "'s", or a bare "’" after a final s ("Cruz’"). */
function markAt(tokens: readonly Token[], at: number): boolean {
  return /^['’]s?$/.test(tokens[at]?.text ?? '');
}

/**
 * "Rindal’s criticism of Halvorsen", "Rindal’s attack on Halvorsen": a capitalised owner of a
 * noun of stance (the person-slot list's stance nouns), the noun's own preposition right after it,
 * then a capitalised word. An act of stance between two named parties: the owner is an actor,
 * whatever the tagger makes of a surname it never saw. Not "Rindal’s attack on the" (the object
 * is no name: `listedOwner` still reads that one for listed names) nor "Rindal’s attacks on
 * Halvorsen’s" (the object owns something, which the slot of its own reads).
 */
export function pairedOwner(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  if (!markAt(tokens, c.last)) return false;
  const noun = tokens[c.last + 1];
  if (noun?.word !== true || noun.cap) return false;
  const preposition = slots.stanceNouns.get(noun.text.toLowerCase());
  return (
    preposition !== undefined &&
    lowerAt(tokens, c.last + 2) === preposition &&
    tokens[c.last + 3]?.cap === true &&
    tokens[c.last + 3]?.word === true
  );
}

/**
 * "Rindal’s criticism of Halvorsen": the object of a noun of stance that a capitalised owner
 * holds. With a named party on each side, the object is an actor too (a policy or product would
 * follow a stance verb as readily, so the tagger's reading still decides how sure this is).
 */
export function pairedObject(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  const before = tokens[c.first - 1];
  const noun = tokens[c.first - 2];
  if (before?.word !== true || noun?.word !== true || noun.cap || before.cap) return false;
  if (slots.stanceNouns.get(noun.text.toLowerCase()) !== before.text.toLowerCase()) return false;
  // The object owns nothing itself, and is not the first word of a longer name.
  const next = tokens[c.last];
  if (next?.cap === true || markAt(tokens, c.last)) return false;
  return markAt(tokens, c.first - 3) && tokens[c.first - 4]?.cap === true;
}

/**
 * "Krugman accuses Alan Simpson of peddling nonsense", "Rindal accused Halvorsen of lying": a lone
 * name opening its sentence, an accusing verb (the person-slot list's object verbs) right after
 * it, a capitalised name, then the verb's own preposition. The capital of an opening word says
 * nothing, and a verb in -s after it may be a plural noun ("Random attacks"); the object named
 * between the verb and its preposition says it is a verb, and its subject an actor.
 */
export function accusingSubject(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  const preposition = slots.objectVerbs.get(lowerAt(tokens, c.last));
  if (preposition === undefined || tokens[c.last]?.cap !== false) return false;
  if (tokens[c.first]?.poss === true) return false;
  if (!(sentenceInitial(input, c) || afterLeadingWord(input, c))) return false;
  let at = c.last + 1;
  const end = at + MAX_NAME_WORDS;
  while (at < end && tokens[at]?.cap === true && tokens[at]?.word === true) at++;
  return at > c.last + 1 && lowerAt(tokens, at) === preposition;
}
