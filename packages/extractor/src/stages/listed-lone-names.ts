import type { PersonSlots } from '../lexicon/person-slots.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { followerNouns } from '../lexicon/follower-nouns.js';
import type { Candidate } from './candidate.js';
import { sentenceInitial } from './initial-names.js';
import type { SlotInput, TokenReading } from './slot-reading.js';
import { listedName } from './stance-actors.js';
import { boundLoneName } from './lone-name-bounds.js';
import { posVerbAt } from './sentence-pos.js';

/**
 * The tagger's margins under which its reading of a listed name inside a sentence is a guess: a
 * surname it never saw, or one that is also a word ("Rindal" like "rind"), it calls MISC, ORG, LOC
 * or no name by turns, each with a small margin; a place or firm it knows it reads surely.
 */
const OTHER_TYPE_MARGIN = 100;
const NO_NAME_MARGIN = 150;

/**
 * "voters trust Rindal most", "a close friend of Rindal who", "Cruz and Rindal appeared",
 * "Rindal’s own unpredictability": a lone capitalised word inside a sentence (not opening it, where
 * the capital says nothing) that the list of people's names has and no town's, standing alone: no
 * capitalised word on either side (the part of a longer name, "Palm Sunday", "Contraband and
 * Freedman’s Cemetery"), no article or determiner before it ("the Oaks", "a House seat"), no place
 * preposition ("at Thoiry"), and no noun after it that it would modify ("Rindal supporters" is
 * attributive-names.ts's, "Rindal shares" a firm's). The slot says only that a name stands there;
 * the word list says whose kind of name, and the tagger must be unsure of any other reading
 * (`listedLoneAllows`).
 */
export function listedLoneName(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  const t = tokens[c.first];
  // The cheap tests first: the words beside it, then the word lists.
  const before = tokens[c.first - 1];
  if (t === undefined || before === undefined || before.cap) return false;
  const after = t.poss ? tokens[c.first + 2] : tokens[c.last];
  if (after?.cap === true || (after?.word !== true && /^[-–]$/.test(after?.text ?? '')))
    return false;
  const prev = before.word ? before.text.toLowerCase() : '';
  if (!before.word && before.text !== ',') return false;
  const governed = !before.word || governs(input, prev, slots);
  if (!governed && !maybeVerb(input, prev, slots)) return false;
  // "the Soviet-backed Derg": a compound adjective, not a verb.
  if (tokens[c.first - 2]?.text === '-') return false;
  if (!listedName(c.text) || sentenceInitial(input, c)) return false;
  // "voters trust Rindal", "to help Rindal": a verb's base form has no ending to show it; the part
  // of speech, asked only now, must read the word before as a verb.
  if (!governed && !posVerbAt(input, c.sentence, c.first - 1)) return false;
  const noun = after?.word === true ? after.text.toLowerCase() : '';
  if (boundLoneName(input, c, prev, t.poss ? '' : noun)) return false;
  return !(
    (!t.poss && followerNouns().has(noun)) ||
    slots.thingNouns.has(noun) ||
    (!t.poss && slots.possessedNouns.has(noun))
  );
}

/**
 * A word before the name that governs or joins it rather than describing it: a function word
 * ("of", "against", "that", "and"), a verb by its ending ("topping", "named", "manages") or on the
 * slot lists ("blame"), or a noun only people are ("his son Rindal", "the singer Rindal"). Not an article or determiner ("the Oaks"), a place preposition ("at
 * Thoiry") nor an adjective or noun ("the frigate Stark", "radical Islam", "the first Macintosh").
 * After a quotation mark or colon a clause opens, where the capital says nothing ("‘Hey, ...").
 */
function governs(input: SlotInput, word: string, slots: PersonSlots): boolean {
  const people = speakerWords();
  if (slots.placePrepositions.has(word)) return false;
  // "that" opens a clause as often as it points ("agreed that Rindal has").
  if (word !== 'that' && people.determiners.has(word)) return false;
  return (
    input.lexicon.stopwords.has(word) ||
    // "his son Rindal", "pop star Rindal": a noun only people are names the person after it.
    people.kinship.has(word) ||
    people.referringNouns.has(word) ||
    /\p{Ll}{2}(?:ed|ing|[^s]s)$/u.test(word) ||
    slots.stanceVerbs.has(word) ||
    slots.agentVerbs.has(word)
  );
}

/**
 * A lower-case word that may be a verb in its base form: no article, determiner, preposition of
 * place or word that only describes ("the frigate Stark", "radical Islam" are the tagger's nouns
 * and adjectives; these words' lists keep the cheap test from asking it).
 */
function maybeVerb(input: SlotInput, word: string, slots: PersonSlots): boolean {
  return (
    /^\p{Ll}{3,}$/u.test(word) &&
    !slots.placePrepositions.has(word) &&
    !speakerWords().determiners.has(word) &&
    !input.lexicon.stopwords.has(word)
  );
}

/** A person's reading, or any other the tagger is unsure of. */
export function listedLoneAllows(reading: TokenReading): boolean {
  const { tag, margin } = reading;
  if (tag.endsWith('PER')) return true;
  return margin < (tag === 'O' ? NO_NAME_MARGIN : OTHER_TYPE_MARGIN);
}
