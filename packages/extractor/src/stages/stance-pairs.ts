import type { PersonSlots } from '../lexicon/person-slots.js';
import { truecaseWords } from '../text/truecase.js';
import { lowerAt, type Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { afterLeadingWord } from './leading-words.js';
import { sentenceInitial } from './initial-names.js';
import type { SlotInput } from './slot-reading.js';
import { listedName } from './stance-actors.js';

/** Capitalised words a name after an accusing verb may have ("accuses Alan Simpson of"). */
const MAX_NAME_WORDS = 4;

/**
 * A word news writes in lower case inside a sentence (the truecaser's list: "Variety", "Reform")
 * and no list of people's names holds: the slot alone does not make it someone's name.
 */
function commonWord(c: Candidate): boolean {
  return truecaseWords().lower.has(c.text.toLowerCase()) && !listedName(c.text);
}

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
  if (commonWord(c)) return false;
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
  if (commonWord(c)) return false;
  const before = tokens[c.first - 1];
  const noun = tokens[c.first - 2];
  if (before?.word !== true || noun?.word !== true || noun.cap || before.cap) return false;
  if (slots.stanceNouns.get(noun.text.toLowerCase()) !== before.text.toLowerCase()) return false;
  // The object owns nothing itself, and is not the first word of a longer name.
  const next = tokens[c.last];
  if (next?.cap === true || markAt(tokens, c.last)) return false;
  return markAt(tokens, c.first - 3) && tokens[c.first - 4]?.cap === true;
}

/** Tokens an aside after the accused may hold ("Alan Simpson, one of the panel's heads, of"). */
const MAX_ASIDE = 12;

/**
 * "Krugman accuses Alan Simpson of peddling nonsense", "For example, Rindal accused Halvorsen, a
 * former aide, of lying": a lone name, an accusing verb (the person-slot list's object verbs) right
 * after it, a capitalised name, perhaps an aside set off by commas, then the verb's own
 * preposition. The object named between the verb and its preposition says the word after the
 * subject is a verb ("Random attacks" is a plural noun), and its subject an actor. The name opens
 * its sentence or clause: first, after a leading word or a comma, or after a lower-case word that
 * opens no phrase ("said Rindal accused", not "of Rindal accuses").
 */
export function accusingSubject(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  if (commonWord(c)) return false;
  const preposition = slots.objectVerbs.get(lowerAt(tokens, c.last));
  if (preposition === undefined || tokens[c.last]?.cap !== false) return false;
  if (tokens[c.first]?.poss === true || !opensClause(input, c, slots)) return false;
  let at = c.last + 1;
  const end = at + MAX_NAME_WORDS;
  while (at < end && tokens[at]?.cap === true && tokens[at]?.word === true) at++;
  if (at === c.last + 1) return false;
  if (lowerAt(tokens, at) === preposition) return true;
  if (tokens[at]?.text !== ',') return false;
  const [, sentenceEnd] = input.sentenceTokens[c.sentence] ?? [0, 0];
  const stop = Math.min(sentenceEnd, at + MAX_ASIDE);
  for (let i = at + 2; i < stop; i++)
    if (tokens[i]?.text === ',') return lowerAt(tokens, i + 1) === preposition;
  return false;
}

function opensClause(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  if (sentenceInitial(input, c) || afterLeadingWord(input, c)) return true;
  const before = input.tokens[c.first - 1];
  if (before === undefined) return false;
  if (before.text === ',') return true;
  return before.word && !before.cap && !slots.subjectBreakers.has(before.text.toLowerCase());
}

/**
 * "The plan was criticised by Halbrecht", "a motion condemned by Halbrecht": the agent of a
 * passive verb of stance (the person-slot list's stance verbs, in -ed) is an actor; a policy or
 * product, which fills a stance verb's object as readily, does not criticise. Not "by
 * Halbrecht’s" (the owner of the agent: its own slot reads it) nor the first word of a longer
 * name.
 */
export function passiveAgent(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  if (commonWord(c)) return false;
  if (lowerAt(tokens, c.first - 1) !== 'by') return false;
  const verb = tokens[c.first - 2];
  if (verb?.word !== true || verb.cap) return false;
  const w = verb.text.toLowerCase();
  if (!w.endsWith('ed') || !slots.stanceVerbs.has(w) || tokens[c.first - 3]?.text === '-')
    return false;
  const next = tokens[c.last];
  return next?.cap !== true && !markAt(tokens, c.last) && tokens[c.first]?.poss !== true;
}
