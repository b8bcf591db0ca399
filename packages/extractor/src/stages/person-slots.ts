import { personSlots, type PersonSlots } from '../lexicon/person-slots.js';
import { peopleNames } from '../lexicon/people-names.js';
import { personNouns } from '../lexicon/person-nouns.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { lowerAt, type Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { readCandidate, type SlotInput } from './slot-reading.js';
import { hintAcronymOrgs } from './acronym-orgs.js';
import { hintGivenNames } from './given-names.js';
import { initialNameAllows, sentenceInitial as initial } from './initial-names.js';
import { personClue, subjectPronoun } from './person-clues.js';
import { objectSlot } from './person-objects.js';
import { listedLoneAllows, listedLoneName } from './listed-lone-names.js';
import { openingCommonWord } from './opening-common-words.js';
import {
  listedOwner,
  namedPersonAllows,
  openingAllows,
  openingSubject,
  personConstruction,
} from './stance-actors.js';
import { accusingSubject, pairedObject, pairedOwner, passiveAgent } from './stance-pairs.js';
import { thingWords, type ThingWords } from './thing-words.js';
import { attributiveName, modifierAllows } from './attributive-names.js';
import { withProps } from '../with-props.js';

export type PersonSlotInput = SlotInput;

/** Words that may stand between the name and its verb ("Rindal has also endorsed"). */
const MAX_GAP = 3;
/** The tagger's margins above which it vetoes: another type, or no name at all. */
const OTHER_TYPE_VETO = 400;
const NO_NAME_VETO = 1000;
/** The tagger's least person margin for the subject of a verb that anyone or anything does. */
const SUBJECT_MARGIN = 300;
/** The tagger's least person margin for the object of a stance: below it, unseen words are a coin toss. */
const OBJECT_MARGIN = 100;

/**
 * How much a slot says: only people fill it; organizations may too ("Exxon said"); or
 * organizations own what it names too ("Exxon's lawyers"), where nothing but the tagger's own
 * person reading tells them apart; or the subject of any verb, where the tagger must read a person
 * with a margin; or the object of a stance, which things fill as readily
 * ("endorsed Brexit"), where the tagger must read a person with a margin (stages/person-objects.ts).
 */
type Slot =
  | 'person'
  | 'shared'
  | 'owned'
  | 'object'
  | 'paired'
  | 'subject'
  | 'opening'
  | 'modifier'
  | 'listed'
  | false;

/**
 * Untyped one-word names in a person's slot get the Person hint: the subject of a speech verb or
 * of a verb only people do ("Rindal has endorsed", "Rindal also attacked"), or the owner of what
 * only a person has ("Rindal's wife", "Rindal’s remarks"). At the start of a sentence too: the
 * verb is the evidence the capital cannot give. The sequence tagger can still veto: a name it is
 * sure is an organization or place ("Exxon said"), or a word it is sure is no name ("Police
 * said"). Resolution first lets full names, acronyms and companies claim the word, as always.
 */
export function hintPersonSlots(input: PersonSlotInput): Candidate[] {
  const slots = personSlots();
  let things: ThingWords | undefined;
  const people = new Set<string>();
  // The cheap tests first: most candidates fail them, and the tagger runs only for the rest.
  // Untyped names that other evidence in the sentence types first: whole names, acronyms.
  const named = hintAcronymOrgs({ ...input, candidates: hintGivenNames(input) });
  const hinted = named.map((c) => {
    if (!open(input, c)) return c;
    const slot =
      inPersonSlot(input, c, slots) ||
      (openingSubject(input, c, slots) && 'opening') ||
      (listedLoneName(input, c, slots) && 'listed');
    if (slot === false) return c;
    if (!nameWord(input, c, slots) || openingCommonWord(input, c)) return unspoken(c, slots);
    things ??= thingWords(input, slots);
    // "Vortexa criticised the rules, saying they hurt its customers": what it calls itself.
    if (things.has(c.text) || subjectPronoun(input, c, slots) === 'thing') return c;
    // The tagger cannot judge a word opening a sentence; in the surest slots the part of speech can.
    // The part of speech only where the tagger says no: tagging a sentence costs more.
    const opening = (): boolean =>
      (slot === 'person' || slot === 'shared') && initialNameAllows(input, c);
    if (!taggerAllows(input, c, slot) && !opening()) return c;
    people.add(c.text);
    return withProps(c, { tagged: 'Person' as const });
  });
  if (people.size === 0) return hinted;
  // "The plan pleased Rindal. Rindal said…": the same word elsewhere in the article, the headline
  // included, names the same person, before the slot that shows it as well as after.
  return hinted.map((c) =>
    c.type === null &&
    c.reference === undefined &&
    c.tagged === undefined &&
    c.place !== true &&
    c.last - c.first === 1 &&
    people.has(c.text)
      ? withProps(c, { tagged: 'Person' as const })
      : c,
  );
}

/**
 * "Aides said", "Minutes later, she said": a role or common noun beside a speech verb is no one's
 * name. A word that stands for someone unnamed ("Another tweeted") keeps its quotation's source.
 */
function unspoken(c: Candidate, slots: PersonSlots): Candidate {
  if (c.speaker !== true || slots.notNames.has(c.text.toLowerCase())) return c;
  const out: Candidate = { ...c };
  delete out.speaker;
  return out;
}

/** An untyped, unhinted, one-word capitalised name in body text. */
function open(input: PersonSlotInput, c: Candidate): boolean {
  const t = input.tokens[c.first];
  if (c.type !== null || c.reference !== undefined || c.tagged !== undefined) return false;
  if (c.last - c.first !== 1 || c.caseless === true || c.place === true || t === undefined)
    return false;
  return t.cap && !t.upper;
}

/** A word no word list takes for something else. */
function nameWord(input: PersonSlotInput, c: Candidate, slots: PersonSlots): boolean {
  const t = input.tokens[c.first];
  if (t === undefined) return false;
  const lower = t.text.toLowerCase();
  return (
    !roleNoun(input, t) &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    // "Don't", "Can't": a contraction, not "O'Brien"; "Sept.": an abbreviation.
    !/['’]\p{Ll}|\./u.test(t.text) &&
    !input.lexicon.calendar.has(t.text) &&
    !slots.notNames.has(lower) &&
    !input.lexicon.stopwords.has(lower)
  );
}

/** "Lawmakers said", "Senator said": a role or kind of people or body, singular or plural, is no name. */
function roleNoun(input: PersonSlotInput, t: Token): boolean {
  const lower = t.text.toLowerCase();
  const forms = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, '')];
  const lex = input.lexicon;
  const referring = speakerWords().referringNouns;
  // "Parliament condemned": the head word of a body's name, listed capitalised.
  if (lex.orgHeads.has(t.text)) return true;
  // "Physicians said": the plural of a kind of person (WordNet), where no surname ends so.
  if (forms[0] !== forms[1] && personNouns().has(forms[0] ?? '') && !peopleNames().has(t.text))
    return true;
  return forms.some(
    (w) =>
      referring.has(w) ||
      lex.appositionRoles.has(w) ||
      lex.orgHeads.has(w) ||
      lex.groupNouns.has(w) ||
      lex.titles.longest([{ ...t, text: w }], 0, 1)?.end === 1,
  );
}

function inPersonSlot(input: PersonSlotInput, c: Candidate, slots: PersonSlots): Slot {
  const { tokens } = input;
  const at = c.first;
  const t = tokens[at];
  if (t === undefined) return false;
  // "Rindal's wife"; "Rindal’ wife" only after a final s ("Cruz’ wife").
  const mark = tokens[at + 1]?.text ?? '';
  const possessive = t.poss || (/[sz]$/.test(t.text) && /^['’]$/.test(mark));
  // Not "State’s Attorney X": a capitalised noun after the mark opens a title.
  if (possessive) {
    // "Rindal’s criticism of Halvorsen": the owner of an act of stance at a named party.
    if (pairedOwner(input, c, slots)) return 'person';
    const noun = lowerAt(tokens, at + 2);
    if (tokens[at + 2]?.cap !== false) return false;
    // "Rindal’s travel ban": a listed name owning anything but a firm's or place's (stance-actors.ts).
    if (!slots.possessedNouns.has(noun)) return listedOwner(input, c, slots) && 'owned';
    return slots.orgsToo.has(noun) ? 'owned' : 'person';
  }
  // "Rindal supporters", "the Rindal campaign" (stages/attributive-names.ts).
  if (attributiveName(input, c)) return 'modifier';
  // "Rindal, who": the relative pronoun of people.
  if (mark === ',' && lowerAt(tokens, at + 2) === 'who') return 'person';
  if (described(input, c) || personClue(input, c, slots)) return 'person';
  if (personConstruction(input, c, slots)) return 'person';
  // "accused Rindal of lying", "thanked Rindal for".
  const after = slots.objectVerbs.get(lowerAt(tokens, at - 1));
  if (after !== undefined && lowerAt(tokens, at + 1) === after) return 'person';
  if (accusingSubject(input, c, slots) || passiveAgent(input, c, slots)) return 'person';
  if (pairedObject(input, c, slots)) return 'paired';
  return (
    subjectSlot(input, c, slots) ||
    (coordinated(input, c) && 'person') ||
    objectSlot(tokens, c, slots)
  );
}

/**
 * "Rindal, the party's nominee", "Rindal, a pollster by trade": an apposition headed by a noun that
 * only refers to people. (Such a noun before the name is often an adjective: "conservative House
 * members".)
 */
function described(input: PersonSlotInput, c: Candidate): boolean {
  const { tokens } = input;
  const referring = speakerWords().referringNouns;
  if (tokens[c.last]?.text !== ',' || !/^(?:the|a|an)$/.test(lowerAt(tokens, c.last + 1)))
    return false;
  for (let i = c.last + 2; i < c.last + 6 && tokens[i]?.word === true; i++)
    if (referring.has(lowerAt(tokens, i))) return true;
  return false;
}

/** "Rindal has endorsed", "Rindal, too, has criticised", "Rindal harshly criticised". */
function subjectSlot(input: PersonSlotInput, c: Candidate, slots: PersonSlots): Slot {
  const { tokens } = input;
  const at = c.first;
  // "the town of Chatelet told", "the Hong Kong Standard said": the object of a preposition or
  // the last word of a longer name is not the subject alone.
  if (boundBefore(input, c, slots)) return false;
  // "Arts and Sciences nominated": the last word of a longer name or list, not a subject alone.
  // "Sharrouf and Elomar tweeted" is two subjects.
  const joiner = lowerAt(tokens, at - 1);
  const joined = tokens[at - 2]?.cap === true && (joiner !== 'and' || tokens[at - 3]?.cap === true);
  if (/^(?:and|of|&)$/.test(joiner) && joined) return false;
  const between = speakerWords().between;
  const gapWord = (i: number): boolean => {
    const w = lowerAt(tokens, i);
    return between.has(w) || slots.gapWords.has(w) || (/^[a-z]{3,}ly$/.test(w) && !tokens[i]?.cap);
  };
  let next = at + 1;
  // "Halvorsen and Rindal tweeted": the first of two subjects.
  if (lowerAt(tokens, next) === 'and' && tokens[next + 1]?.cap === true && !tokens[next + 2]?.cap)
    next += 2;
  for (let gap = 0; gap < MAX_GAP && gapWord(next); gap++) next++;
  // "Rindal, too, has": an adverb set off by commas.
  if (tokens[next]?.text === ',' && gapWord(next + 1) && tokens[next + 2]?.text === ',') {
    next += 3;
    for (let gap = 0; gap < MAX_GAP && gapWord(next); gap++) next++;
  }
  const verb = lowerAt(tokens, next);
  // "Random attacks also trigger fear": at the start of a sentence, a verb in -s may be a plural
  // noun after an adjective.
  if (next === at + 1 && /[^s]s$/.test(verb) && initial(input, c)) return false;
  if (tokens[next]?.cap !== false) return false;
  if (input.lexicon.speechVerbs.has(verb)) return 'shared';
  if (slots.agentVerbs.has(verb)) return slots.orgsToo.has(verb) ? 'shared' : 'person';
  // "Rindal will join", "Rindal has been", "Rindal advocated": the subject of any finite verb.
  const auxiliary = tokens.slice(at + 1, next + 1).some((t) => slots.auxiliaries.has(t.text));
  // Not "Traffic was", "The Gallery is", "…: Speculation had": the tagger cannot judge a word
  // opening a sentence or a clause after a colon or quotation mark, and "the" makes it a noun.
  const before = tokens[at - 1];
  if (before === undefined || (before.word ? before.cap : before.text !== ',')) return false;
  if (speakerWords().determiners.has(before.text.toLowerCase())) return false;
  return auxiliary || /^\p{Ll}{3,}ed$/u.test(verb) ? 'subject' : false;
}

/** "the town of Chatelet told", "broadcaster Arte asked", "the Hong Kong Standard said". */
function boundBefore(input: PersonSlotInput, c: Candidate, slots: PersonSlots): boolean {
  const before = input.tokens[c.first - 1];
  if (before?.word !== true) return false;
  const lower = before.text.toLowerCase();
  // "Yesterday Rindal said": a capital that opens the sentence says nothing.
  if (before.cap)
    return !input.lexicon.stopwords.has(lower) && !initial(input, { ...c, first: c.first - 1 });
  return (
    lower === 'of' ||
    lower === 'the' ||
    input.lexicon.locationPrepositions.has(lower) ||
    slots.thingDescriptors.has(lower)
  );
}

/** "Rindal and Senator Ana Ruiz", "Ana Ruiz and Rindal": joined by "and" to a person the rules name. */
function coordinated(input: PersonSlotInput, c: Candidate): boolean {
  const [first, last] = input.sentenceTokens[c.sentence] ?? [0, 0];
  const person = (i: number): boolean => i >= first && i < last && personTokens(input)[i] === 1;
  const { tokens } = input;
  // Not "Justice, Freedom and Security Commissioner Ana Ruiz": a list of capitalised words.
  if (lowerAt(tokens, c.last) === 'and' && tokens[c.first - 1]?.text !== ',') {
    // A title may open the person after "and" ("and Senate Majority Leader Ana Ruiz").
    for (let i = c.last + 1; i < c.last + 6 && tokens[i]?.cap === true; i++)
      if (person(i)) return true;
  }
  return lowerAt(tokens, c.first - 1) === 'and' && person(c.first - 2);
}

/**
 * Whether the tagger, looking at the word in its sentence, lets it be a person: in a slot only
 * people fill, unless it is sure of another type or of no name; in one organizations fill too,
 * only where it takes the word for a person itself.
 */
function taggerAllows(input: PersonSlotInput, c: Candidate, slot: Exclude<Slot, false>): boolean {
  if (slot === 'opening') return openingAllows(input, c);
  const reading = readCandidate(input, c, c.first + 1)?.[0];
  if (reading === undefined) return false;
  const { tag, margin } = reading;
  // An unsure MISC for an unseen name there is a near miss for PER (it reads a name, just not
  // whose); an unsure LOC or ORG may be a town or a body under attack, an unsure PER a policy.
  const nearMiss = tag.endsWith('MISC') && margin < OBJECT_MARGIN;
  if (slot === 'modifier') return modifierAllows(reading);
  if (slot === 'listed') return listedLoneAllows(reading);
  // A word the list of people's names has may be a surname the tagger never saw (stance-actors.ts).
  if (slot === 'owned') return tag.endsWith('PER') || nearMiss || namedPersonAllows(c, reading);
  if (slot === 'object' && tag.endsWith('PER') && margin >= OBJECT_MARGIN) return true;
  if (slot === 'object') return nearMiss || namedPersonAllows(c, reading);
  // "Rindal’s criticism of Halvorsen": with a named owner, an unsure "no name" is a near miss too.
  if (slot === 'paired')
    return (
      tag.endsWith('PER') ||
      ((tag === 'O' || tag.endsWith('MISC')) && margin < OBJECT_MARGIN) ||
      namedPersonAllows(c, reading)
    );
  // A listed name the tagger reads as no other type but an unsure MISC (firms named for people
  // fill the slot too).
  if (slot === 'subject')
    return tag.endsWith('PER')
      ? margin >= SUBJECT_MARGIN || namedPersonAllows(c, reading)
      : (tag === 'O' || tag.endsWith('MISC')) && namedPersonAllows(c, reading);
  if (tag === 'O') return margin < NO_NAME_VETO;
  if (slot === 'shared') return tag.endsWith('PER') || namedPersonAllows(c, reading);
  return tag.endsWith('PER') || margin < OTHER_TYPE_VETO;
}

const personTokenCache = new WeakMap<readonly Candidate[], Uint8Array>();

/** Which tokens a person the rules name covers (built once per candidate list). */
function personTokens(input: PersonSlotInput): Uint8Array {
  let covered = personTokenCache.get(input.candidates);
  if (covered === undefined) {
    covered = new Uint8Array(input.tokens.length);
    for (const o of input.candidates) if (o.type === 'Person') covered.fill(1, o.first, o.last);
    personTokenCache.set(input.candidates, covered);
  }
  return covered;
}
