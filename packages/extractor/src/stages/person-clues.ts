import type { PersonSlots } from '../lexicon/person-slots.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { lowerAt, type Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { SlotInput } from './slot-reading.js';

/** How far into its clause a pronoun may stand and still be read as the subject's. */
const PRONOUN_REACH = 20;
/** Ages an apposition gives a person ("Rindal, 79,"); a number outside is a count or a year. */
const MIN_AGE = 15;
const MAX_AGE = 110;
/** Words a parenthesis after an opening name may hold ("Rindal, on the other hand, has"). */
const PARENTHESIS_WORDS = 5;

/**
 * Evidence in the sentence itself that a lone capitalised name is a person: an age in apposition
 * ("Rindal, 79, was accused"), "and his" or "and her" after it ("Rindal and his allies"), or, where the name opens a clause as its subject, a later "he",
 * "his", "she" or "her" in that clause with no other name or person noun between that it could
 * stand for ("Rindal has said he will", "Rindal, for his part, applauded", "that Rindal failed to
 * land his attacks"). Companies and places are "it"; an "it" or "its" first says nothing.
 */
export function personClue(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  return (
    agedApposition(input.tokens, c.last) ||
    ownPartner(input.tokens, c.last) ||
    subjectPronoun(input, c, slots) === 'person'
  );
}

/** "Rindal and his wife", "critical of Rindal and her record": the pronoun owns beside the name. */
function ownPartner(tokens: readonly Token[], after: number): boolean {
  if (lowerAt(tokens, after) !== 'and') return false;
  return speakerWords().pronounGender.has(lowerAt(tokens, after + 1));
}

function agedApposition(tokens: readonly Token[], after: number): boolean {
  if (tokens[after]?.text !== ',' || tokens[after + 2]?.text !== ',') return false;
  const age = tokens[after + 1]?.text ?? '';
  return /^\d{2,3}$/.test(age) && Number(age) >= MIN_AGE && Number(age) <= MAX_AGE;
}

/**
 * What the name's clause later calls it, where the name opens the clause as its subject: "he" or
 * "she" ('person'), "its" ('thing'), or nothing telling before another name, a person noun, or
 * "it" (which may be no more than "it is said").
 */
export function subjectPronoun(
  input: SlotInput,
  c: Candidate,
  slots: PersonSlots,
): 'person' | 'thing' | undefined {
  const { tokens } = input;
  const [, sentenceEnd] = input.sentenceTokens[c.sentence] ?? [0, 0];
  if (tokens[c.first]?.poss === true || !clauseStart(input, c, slots)) return undefined;
  if (!verbFollows(input, c, slots)) return undefined;
  const words = speakerWords();
  const end = Math.min(sentenceEnd, c.last + PRONOUN_REACH);
  for (let i = c.last; i < end; i++) {
    const t = tokens[i];
    if (t === undefined || !t.word) continue;
    const lower = t.text.toLowerCase();
    // "Hawks can't be tamed, he says": the one who says it, not the subject.
    if (words.pronounGender.has(lower)) return reporting(input, i) ? undefined : 'person';
    if (lower === 'its') return reporting(input, i) ? undefined : 'thing';
    // Another name, "it", or a person noun ("the president ... his") may be what the pronoun means.
    if ((t.cap && t.text !== 'I') || lower === 'it') return undefined;
    // A plural's singular without a regular expression per token: the same test as /s$/.
    if (
      words.referringNouns.has(lower) ||
      (lower.endsWith('s') && words.referringNouns.has(lower.slice(0, -1)))
    )
      return undefined;
  }
  return undefined;
}

/**
 * What follows the name can be its verb, or a parenthesis before it ("Rindal, for his part,").
 * Not "Rindal and his wife", "Rindal shares fell", "Rindal of Oslo"; not a participle or adverb
 * opening the sentence ("Describing his design", "Merely issuing", "Known as"), nor an opening
 * word set off by a comma ("Oh,", "Calm, composed and"), which the tagger cannot judge there.
 */
function verbFollows(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const next = input.tokens[c.last];
  if (next === undefined) return false;
  if (next.text === ',') return !initialWord(input, c) || parenthesisThenVerb(input, c, slots);
  if (next.cap || !next.word) return false;
  const word = next.text.toLowerCase();
  if (slots.subjectBreakers.has(word) || /^\p{Ll}+ing$/u.test(word)) return false;
  return !slots.thingNouns.has(word) && !slots.possessedNouns.has(word);
}

/**
 * "Rindal, on the other hand, has said": at the start of a sentence, a parenthesis set off by
 * commas and then a verb or auxiliary; not "Oh, bring her, too" or "Calm, composed, she chatted".
 */
function parenthesisThenVerb(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  for (let i = c.last + 2; i < c.last + PARENTHESIS_WORDS + 2; i++) {
    if (tokens[i]?.word !== false) continue;
    if (tokens[i]?.text !== ',') return false;
    const verb = lowerAt(tokens, i + 1);
    if (tokens[i + 1]?.cap !== false) return false;
    return (
      slots.auxiliaries.has(verb) ||
      input.lexicon.speechVerbs.has(verb) ||
      slots.agentVerbs.has(verb)
    );
  }
  return false;
}

/** "…, he says", "” she said": a pronoun that opens a reporting clause. */
function reporting(input: SlotInput, i: number): boolean {
  const before = input.tokens[i - 1];
  const verb = lowerAt(input.tokens, i + 1);
  return before?.word === false && input.lexicon.speechVerbs.has(verb);
}

function initialWord(input: SlotInput, c: Candidate): boolean {
  const [first] = input.sentenceTokens[c.sentence] ?? [c.first];
  return !input.tokens.slice(first, c.first).some((t) => t.word);
}

/**
 * The name opens its sentence (after quotation marks, or a capitalised conjunction: "But Rindal
 * did say") or a clause ("…, Rindal has", "said that Rindal").
 */
function clauseStart(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  const [first] = input.sentenceTokens[c.sentence] ?? [c.first];
  let before = c.first - 1;
  while (before >= first && tokens[before]?.word !== true && tokens[before]?.text !== ',') before--;
  if (before < first) return true;
  const t = tokens[before];
  if (t === undefined) return false;
  if (t.text === ',') return true;
  const lower = lowerAt(tokens, before);
  const opener = slots.clauseOpeners.has(lower) || speakerWords().conjunctions.has(lower);
  // "But Rindal": a capitalised opener must open the sentence itself.
  if (t.cap) return opener && initialWord(input, { ...c, first: before });
  return opener;
}
