import { cityNames } from '../lexicon/cities.js';
import { conductNouns } from '../lexicon/conduct-nouns.js';
import { peopleNames } from '../lexicon/people-names.js';
import type { PersonSlots } from '../lexicon/person-slots.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { lowerAt } from '../text/tokenize.js';
import { actorSurname } from './actor-surnames.js';
import type { Candidate } from './candidate.js';
import { initialNameAllows, properOpeningAllows, sentenceInitial } from './initial-names.js';
import { afterLeadingWord } from './leading-words.js';
import { asideEnd, irregularPastAt } from './opening-verbs.js';
import type { SlotInput } from './slot-reading.js';

/** Words that may stand between an opening name and its verb ("Rindal also welcomed"). */
const MAX_GAP = 3;
/**
 * "Rindal has generally refrained", "Rindal specifically advocated", "Rindal also welcomed", "Rindal
 * took aim", "Rindal, a onetime hopeful, has": a lone name opening its sentence (past an aside set
 * off by commas) as the subject of a finite verb, where the rules of person-slots.ts
 * give up because the capital says nothing there. Only for a word the list of people's names has
 * (`openingAllows`): "Traffic was", "Vortexa has" stay unread. Not where a longer name in the
 * window ends in the word ("Ana Rindal ... Rindal has"): resolution reads that one already.
 */
export function openingSubject(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  // The cheap test first: the next word is lower case, and the name opens its sentence.
  const next = tokens[c.last];
  if (tokens[c.first]?.poss === true) return false;
  // "Rindal, a onetime presidential hopeful, has": past an aside set off by commas.
  const from = next?.text === ',' ? asideEnd(input, c) : c.last;
  if (from < 0 || (from === c.last && (next?.word !== true || next.cap))) return false;
  // "But Rindal attended": after a leading word that opens the sentence (leading-words.json).
  if (!(sentenceInitial(input, c) || afterLeadingWord(input, c)) || namedInFull(input, c))
    return false;
  const between = speakerWords().between;
  let at = from;
  for (let gap = 0; gap < MAX_GAP; gap++) {
    const w = lowerAt(tokens, at);
    // "Rindal would like", "Rindal didn't": an auxiliary, skipped or not, makes a finite verb.
    if (auxiliary(w, slots)) return tokens[at]?.cap === false;
    if (!between.has(w) && !slots.gapWords.has(w) && !/^[a-z]{3,}ly$/.test(w)) break;
    at++;
  }
  if (tokens[at]?.cap !== false) return false;
  const verb = lowerAt(tokens, at);
  if (slots.stanceVerbs.has(verb) || slots.agentVerbs.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb))
    return true;
  // "Rindal took aim": an irregular past verb (opening-verbs.json).
  return irregularPastAt(input, at);
}

/** An auxiliary or modal, negated or not ("would", "didn't", "won’t"). */
function auxiliary(word: string, slots: PersonSlots): boolean {
  if (slots.auxiliaries.has(word)) return true;
  const negated = /^(\p{Ll}+?)n['’]t$/u.exec(word)?.[1];
  return negated !== undefined && (slots.auxiliaries.has(negated) || /^(?:wo|ca)$/.test(negated));
}

/**
 * The opening subject is a word the list of people's names has, and the part of speech reads a
 * proper noun where the tagger is not sure of another type (initial-names.ts). The list first: it
 * costs a look-up, the taggers a sentence.
 */
export function openingAllows(input: SlotInput, c: Candidate): boolean {
  return listedName(c.text) && (initialNameAllows(input, c, true) || properOpeningAllows(input, c));
}

/**
 * On the list of people's names, or a surname of the actor table's people (actor-surnames.ts), and
 * no town's name too ("Warren"), which non-persons.ts demotes.
 */
export function listedName(word: string): boolean {
  return (peopleNames().has(word) || actorSurname(word)) && !cityNames().has(word);
}

const lastWords = new WeakMap<readonly Candidate[], Set<string>>();

/** A candidate of two or more words in the window ends in the word (built once per window). */
function namedInFull(input: SlotInput, c: Candidate): boolean {
  let words = lastWords.get(input.candidates);
  if (words === undefined) {
    words = new Set();
    for (const o of input.candidates)
      if (o.last - o.first > 1) words.add(input.tokens[o.last - 1]?.text ?? '');
    lastWords.set(input.candidates, words);
  }
  return words.has(c.text);
}

/** Copulas that predicate a noun of their subject ("is", "has been"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'remained', 'became']);
/** Lower-case words that may describe the predicate noun ("an outspoken critic"). */
const MAX_DESCRIBERS = 3;

/**
 * "Rindal has been an outspoken critic of", "Rindal is a former senator": a lone name as the
 * subject of a copula whose predicate is a noun only people are (the speaker words' referring
 * nouns, the person-slot list's predicate nouns). Not the object of a preposition or the owner
 * of a noun ("the founder of Vortexa is a billionaire").
 */
function predicatedPerson(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  // The cheap test first: a copula or "has" right after the name (an adverb may stand between).
  let at = c.last;
  if (slots.gapWords.has(lowerAt(tokens, at))) at++;
  const verb = lowerAt(tokens, at);
  if (COPULAS.has(verb)) at++;
  else if ((verb === 'has' || verb === 'had') && lowerAt(tokens, at + 1) === 'been') at += 2;
  else if (verb === 'has' && lowerAt(tokens, at + 2) === 'been') at += 3;
  else return false;
  if (tokens[c.first]?.poss === true) return false;
  const before = tokens[c.first - 1];
  if (before?.word === true && !before.cap && slots.subjectBreakers.has(before.text.toLowerCase()))
    return false;
  if (slots.gapWords.has(lowerAt(tokens, at))) at++;
  if (!/^an?$/.test(lowerAt(tokens, at))) return false;
  return personNounAfter(input, at, slots);
}

/** "a/an", up to three lower-case words, then a noun only people are ("an outspoken critic"). */
function personNounAfter(input: SlotInput, article: number, slots: PersonSlots): boolean {
  const { tokens } = input;
  if (!/^an?$/.test(lowerAt(tokens, article))) return false;
  const referring = speakerWords().referringNouns;
  for (let i = article + 1; i <= article + 1 + MAX_DESCRIBERS; i++) {
    const t = tokens[i];
    if (t?.word !== true || t.cap) return false;
    const w = t.text.toLowerCase();
    if (slots.predicateNouns.has(w)) return true;
    if (referring.has(w)) return !slots.sharedPredicates.has(w);
  }
  return false;
}

/**
 * Evidence in the words around a lone name that it is someone: a noun only people are predicated
 * of it ("Rindal has been an outspoken critic of", "praised Rindal as a fine gentleman"), or an
 * aside right after it that speaks of "his" or "her" ("Rindal, in his memoir,", "questions for
 * Rindal, making her debut").
 */
export function personConstruction(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const next = lowerAt(input.tokens, c.last);
  if (next === ',') return asidePronoun(input, c, slots);
  if (next === 'as') return stanceObjectAs(input, c, slots);
  return predicatedPerson(input, c, slots);
}

/** "praised Rindal as a great gentleman": the object of a stance verb, called a person. */
function stanceObjectAs(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const before = input.tokens[c.first - 1];
  if (before?.word !== true || before.cap || input.tokens[c.first - 2]?.text === '-') return false;
  return (
    slots.stanceVerbs.has(before.text.toLowerCase()) && personNounAfter(input, c.last + 1, slots)
  );
}

/** Lower-case words an aside may hold before its "his" or "her". */
const ASIDE_WORDS = 6;

/**
 * "Rindal, in his memoir, says", "Rindal, according to those close to him, had", "but Rindal, for
 * her part,": a "he", "his", "him", "she" or "her" among the first lower-case words of an aside
 * after a name that opens its clause, before any other name, "it", "its", "which" or "where". Not
 * an opening word set off by a comma that is no proper noun ("Well, he said", "Look, he"), nor an
 * aside that opens a clause of its own ("Pulse, despite his", "X, although she"), whose pronoun
 * may be the sentence subject's.
 */
function asidePronoun(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  if (tokens[c.first]?.poss === true || !clauseSubject(input, c, slots)) return false;
  const opener = lowerAt(tokens, c.last + 1);
  if (slots.clauseOpeners.has(opener) || ASIDE_STOPS.has(opener)) return false;
  const gendered = speakerWords().pronounGender;
  let found = false;
  for (let i = c.last + 1; i <= c.last + ASIDE_WORDS && !found; i++) {
    const t = tokens[i];
    if (t?.word !== true || (t.cap && t.text !== 'I')) return false;
    const w = t.text.toLowerCase();
    if (ASIDE_STOPS.has(w)) return false;
    found = gendered.has(w);
  }
  if (!found) return false;
  // The tagger cannot judge an opening word; the part of speech must read a proper noun.
  return !sentenceInitial(input, c) || initialNameAllows(input, c);
}

/** Words that end an aside's evidence: what they open may speak of someone else. */
const ASIDE_STOPS: ReadonlySet<string> = new Set([
  'it',
  'its',
  'which',
  'who',
  'that',
  'where',
  'despite',
]);

/** The name opens its clause: first in the sentence, or after a conjunction or clause opener. */
function clauseSubject(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  if (sentenceInitial(input, c)) return true;
  const before = lowerAt(input.tokens, c.first - 1);
  return before === 'and' || before === 'but' || slots.clauseOpeners.has(before);
}

/**
 * The tagger's margins above which it vetoes a known name of people in a stance object's or an
 * owner's slot: another type ("attacked Dallas"), or no name at all.
 */
const NAMED_OTHER_VETO = 200;
const NAMED_NO_NAME_VETO = 500;

/**
 * "endorsed Rindal", "a critic of Rindal", "Rindal's comments", "a calm Rindal accuses": where the
 * tagger, trained on old news, does not know the surname, a word the list of people's names has
 * (lexicon/people-names.ts) lets the stance object's or owner's slot, or that of the subject of a
 * verb organizations use too, speak, unless the tagger is sure of another type or of no name. A policy, product or event in the same slot is on no such list ("endorsed Brexit").
 */
export function namedPersonAllows(c: Candidate, reading: { tag: string; margin: number }): boolean {
  if (!listedName(c.text)) return false;
  const { tag, margin } = reading;
  if (tag.endsWith('PER')) return true;
  return margin < (tag === 'O' ? NAMED_NO_NAME_VETO : NAMED_OTHER_VETO);
}

/** Lower-case words that may stand between an owner and the noun it owns ("travel" ban). */
const MAX_MODIFIERS = 2;

/**
 * "Rindal’s travel ban", "Rindal’s executive orders", "Rindal’s attacks on the press": the owner of
 * what people own (the person-slot lists' possessed and owned-stance nouns, WordNet's acts, words,
 * traits and states: lexicon/conduct-nouns.ts) behind up to two
 * modifiers, or of an act of stance, where the word is on the list of people's names; the tagger
 * still judges it as an owner (`namedPersonAllows`). Not the owner of what firms and places have
 * ("Rindal’s oil shares").
 */
export function listedOwner(input: SlotInput, c: Candidate, slots: PersonSlots): boolean {
  const { tokens } = input;
  // The name, its mark ("’s" or "’"), then the noun and its modifiers.
  const first = c.first + 2;
  for (let i = first; i <= first + MAX_MODIFIERS; i++) {
    const t = tokens[i];
    if (t?.word !== true || t.cap) return false;
    const w = t.text.toLowerCase();
    if (slots.thingNouns.has(w)) return false;
    // "Rindal’s answer", "Rindal’s standing": what people do, say or are (WordNet's first sense).
    const owned =
      slots.ownedStances.has(w) ||
      (i > first && slots.possessedNouns.has(w)) ||
      conductNouns().has(w);
    if (owned) return listedName(c.text);
  }
  return false;
}
