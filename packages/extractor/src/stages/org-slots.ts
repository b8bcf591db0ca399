import { mentionWords } from '../lexicon/mention-words.js';
import { orgSlots, type OrgSlots } from '../lexicon/org-slots.js';
import { lowerAt, type Token } from '../text/tokenize.js';
import { headBeforeModifier, nameEndsPhrase, officeOf } from './org-slot-of.js';
import type { Candidate } from './candidate.js';
import { readCandidate, type SlotInput } from './slot-reading.js';
import { withProps } from '../with-props.js';

export type OrgSlotInput = SlotInput;

/** The tagger's person margin above which it vetoes a slot that shows an organization. */
const PERSON_VETO = 400;
/** The first word's person margin that vetoes where only a noun before shows a body ("the band Kelvaro were"). */
const NEAR_PERSON_VETO = 200;
/** Words an apposition's determiner may stand from its head noun ("a small far-right party"). */
const MAX_MODIFIERS = 5;

/**
 * How sure a slot is: the article's own words say the name is a company or body ("X shares",
 * "X said its", "X, the airline,"), or only a noun right before it does ("the band X"), where a
 * person may still follow ("the party X founded"): then the tagger must not read a person at all.
 */
type Slot = 'sure' | 'near' | false;

/**
 * Untyped capitalised names the article shows naming an organization get the Organization hint:
 * what only a company or body has ("Kelvaro shares", "Kelvaro's chief executive"), what it says
 * of itself ("Kelvaro said its"), a stake in it ("shares in Kelvaro"), an apposition headed by a
 * noun for a body ("Kelvaro, the Finnish airline,", "the national carrier, Kelvaro,"), such a noun
 * right before or after it ("the punk band Kelvaro", "the Kelvaro statistics agency"), or a
 * corporate title between it and a person ("Kelvaro Chairman Ana Ruiz"). The mirror of
 * person-slots: the tagger vetoes where it reads a person with margin, and the same word elsewhere
 * in the window gets the hint too. Resolution first lets people named in full claim the word.
 */
export function hintOrgSlots(input: OrgSlotInput): Candidate[] {
  const slots = orgSlots();
  const orgs = new Set<string>();
  const hinted = input.candidates.map((c) => {
    if (!open(input, c)) return c;
    const slot = orgSlot(input, c, slots);
    if (slot === false) return c;
    if (taggerReadsPerson(input, c, slot)) return c;
    orgs.add(c.text);
    return asOrganization(c);
  });
  if (orgs.size === 0) return hinted;
  return hinted.map((c) =>
    c.type === null &&
    c.reference === undefined &&
    c.tagged === undefined &&
    c.caseless !== true &&
    orgs.has(c.text)
      ? asOrganization(c)
      : c,
  );
}

/** The hint; neither a place nor a person's speech any more ("at Kelvaro", "Kelvaro said"). */
function asOrganization(c: Candidate): Candidate {
  const hint: Candidate = withProps(c, { tagged: 'Organization' as const });
  delete hint.place;
  delete hint.speaker;
  return hint;
}

/** An untyped, unhinted capitalised name in body text that no word list takes for something else. */
function open(input: OrgSlotInput, c: Candidate): boolean {
  if (c.type !== null || c.reference !== undefined || c.tagged !== undefined) return false;
  // "Douglas & Lomason": the end of a longer name.
  if (c.caseless === true || input.tokens[c.first - 1]?.text === '&') return false;
  const t = input.tokens[c.first];
  if (t === undefined || !t.cap) return false;
  if (c.last - c.first > 1) return true;
  const lex = input.lexicon;
  const lower = t.text.toLowerCase();
  return !(
    lex.calendar.has(t.text) ||
    lex.stopwords.has(lower) ||
    lex.nameAdjectives.has(t.text) ||
    lex.orgHeads.has(t.text) ||
    lex.groupNouns.has(lower) ||
    lex.appositionRoles.has(lower) ||
    lex.titles.longest([t], 0, 1)?.end === 1
  );
}

function orgSlot(input: OrgSlotInput, c: Candidate, slots: OrgSlots): Slot {
  const { tokens } = input;
  if (owns(input, c, slots) || saysIts(input, c) || appositionAfter(input, c, slots)) return 'sure';
  if (appositionBefore(input, c, slots) || titleBeforePerson(input, c, slots)) return 'sure';
  if (acronymOfDescribed(input, c, slots) || listedMember(input, c, slots)) return 'sure';
  if (officeOf(tokens, c, slots) && nameEndsPhrase(tokens, c.last, input.lexicon)) return 'sure';
  // "shares in Kelvaro", "a stake in Kelvaro".
  if (lowerAt(tokens, c.first - 1) === 'in' && slots.stakeNouns.has(lowerAt(tokens, c.first - 2)))
    return 'sure';
  // "the Kelvaro statistics agency": after the name, a body's noun is as sure as an apposition.
  if (describedAfter(input, c, slots)) return 'sure';
  return describedBefore(input, c, slots) ? 'near' : false;
}

/** "Kelvaro shares fell", "Kelvaro's board", "Kelvaro's former chief executive". */
function owns(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const { tokens } = input;
  const name = tokens[c.last - 1];
  const mark = /^['’]s?$/i.test(tokens[c.last]?.text ?? '');
  const possessive = name?.poss === true || mark;
  const from = mark ? c.last + 1 : c.last;
  // After a possessive a modifier or two may come first; after a bare name the noun is next and
  // no determiner follows it ("Rindal shares the view" is a verb).
  const reach = possessive ? 3 : 1;
  // "Net profit rose", "Total sales": a sentence's first word before such a noun is an adjective.
  if (!possessive && opensSentence(input, c)) return false;
  for (let j = from; j < from + reach; j++) {
    const w = tokens[j];
    if (w === undefined || w.cap || !w.word) return false;
    const lower = w.text.toLowerCase();
    const phrase = `${lower} ${lowerAt(tokens, j + 1)}`;
    if (slots.ownedPhrases.has(phrase)) return true;
    if (!slots.ownedNouns.has(lower)) continue;
    return possessive || !mentionWords().determiners.has(lowerAt(tokens, j + 1));
  }
  return false;
}

/** No word before the candidate in its sentence. */
function opensSentence(input: OrgSlotInput, c: Candidate): boolean {
  const first = input.sentenceTokens[c.sentence]?.[0] ?? c.first;
  for (let i = first; i < c.first; i++) if (input.tokens[i]?.word === true) return false;
  return true;
}

/** "Kelvaro said its profits rose": what a name says of itself with "its", a thing says. */
function saysIts(input: OrgSlotInput, c: Candidate): boolean {
  const verb = lowerAt(input.tokens, c.last);
  return input.lexicon.speechVerbs.has(verb) && lowerAt(input.tokens, c.last + 1) === 'its';
}

/**
 * A lower-case noun for a body: the data's descriptors or the lexicon's organization nouns; only
 * the descriptors after a modifier ("the X settlement bloc" is a place).
 */
function descriptor(input: OrgSlotInput, slots: OrgSlots, i: number, own = false): boolean {
  const t = input.tokens[i];
  if (t === undefined || !t.word || t.cap) return false;
  return slots.descriptors.has(t.text) || (!own && input.lexicon.orgNouns.has(t.text));
}

/** Whether a noun phrase whose head is at i ends there ("X, a party that", "X, the airline."). */
function endsPhrase(input: OrgSlotInput, slots: OrgSlots, i: number): boolean {
  // "the group's home": the head is further on.
  if (input.tokens[i]?.poss === true) return false;
  const next = input.tokens[i + 1];
  if (next !== undefined && joiner(next)) return false;
  if (next === undefined || !next.word) return true;
  const lower = next.text.toLowerCase();
  return !next.cap && (slots.phraseEnders.has(lower) || input.lexicon.speechVerbs.has(lower));
}

/** "Kelvaro, the Finnish airline,", "Kelvaro, Ruritania's biggest bank,", "Kelvaro, a party that". */
function appositionAfter(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const { tokens } = input;
  if (tokens[c.last]?.text !== ',') return false;
  const det = tokens[c.last + 1];
  if (det === undefined || !(mentionWords().articles.has(det.text.toLowerCase()) || det.poss))
    return false;
  for (let i = c.last + 2; i < c.last + 2 + MAX_MODIFIERS; i++) {
    const t = tokens[i];
    if (t === undefined || !(t.word || joiner(t))) return false;
    if (descriptor(input, slots, i) && endsPhrase(input, slots, i)) return true;
  }
  return false;
}

/** A hyphen or a possessive mark inside a noun phrase ("far-right", "the party's"). */
function joiner(t: Token): boolean {
  return /^(?:-|['’]s?)$/i.test(t.text);
}

/** "the national carrier, Kelvaro, cut", "its statistics agency, Kelvaro.": not "the firm, Rindal said". */
function appositionBefore(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const { tokens } = input;
  // "the party's youth wing, the Jorvos,": an article may open the name.
  const at = lowerAt(tokens, c.first - 1) === 'the' ? c.first - 1 : c.first;
  if (tokens[at - 1]?.text !== ',' || !descriptor(input, slots, at - 2)) return false;
  const after = tokens[c.last];
  if (after !== undefined && !/^[,.;:)]$/.test(after.text)) return false;
  for (let i = at - 3; i > at - 3 - MAX_MODIFIERS; i--) {
    const t = tokens[i];
    if (t === undefined || !(t.word || joiner(t))) return false;
    if (mentionWords().definiteOrPossessive.has(t.text.toLowerCase()) || t.poss) return true;
  }
  return false;
}

/** 'the news portal "Kelvaro"': a quotation mark on either side of the name. */
function quotedName(input: OrgSlotInput, c: Candidate): boolean {
  const { tokens } = input;
  return (
    /^["“'‘]$/.test(tokens[c.first - 1]?.text ?? '') && /^["”'’]$/.test(tokens[c.last]?.text ?? '')
  );
}

/** "the punk band Kelvaro,": a body's noun right before the name, where only a person may follow. */
function describedBefore(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const { tokens } = input;
  const quoted = quotedName(input, c);
  // Only punctuation (a closing quotation mark too) or speech may follow: "the party Rindal founded".
  const next = tokens[c.last];
  const closed =
    next === undefined ||
    (!next.word && next.text !== '-') ||
    input.lexicon.speechVerbs.has(next.text) ||
    slots.nameClosers.has(next.text);
  return closed && descriptor(input, slots, c.first - (quoted ? 2 : 1));
}

/** "the Kelvaro statistics agency", '"Kelvaro" agency': a body's noun after it, one modifier between. */
function describedAfter(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const { tokens } = input;
  const end = quotedName(input, c) ? c.last + 1 : c.last;
  for (const head of [end, end + 1]) {
    const between = tokens.slice(end, head);
    if (between.some((t) => t.cap || !t.word || slots.peopleModifiers.has(t.text))) return false;
    if (descriptor(input, slots, head, head > end) && endsPhrase(input, slots, head)) return true;
  }
  return false;
}

/** "the opposition party (RSZP)", "a coalition of opposition parties (RUD)": its acronym. */
function acronymOfDescribed(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const { tokens } = input;
  if (c.last - c.first !== 1 || tokens[c.first]?.upper !== true) return false;
  if (tokens[c.first - 1]?.text !== '(' || tokens[c.last]?.text !== ')') return false;
  const noun = tokens[c.first - 2];
  if (noun === undefined || noun.cap || !noun.word) return false;
  const singular = noun.text.replace(/ies$/, 'y').replace(/s$/, '');
  return slots.descriptors.has(noun.text) || slots.descriptors.has(singular);
}

/** Tokens a list of names may span before one of its members. */
const MAX_LIST = 16;

/** "firms including Kelvaro, Brovik and Talvenor", "parties such as Dravona": one of the list. */
function listedMember(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const { tokens } = input;
  let i = c.first - 1;
  const stop = c.first - MAX_LIST;
  // Back over the earlier members and their commas and conjunctions.
  while (i > stop && (tokens[i]?.cap === true || /^(?:,|and|or)$/.test(tokens[i]?.text ?? ''))) i--;
  if (tokens[i + 1]?.cap !== true) return false;
  let intro = lowerAt(tokens, i);
  // "such as": the introducer is the word before "as".
  if (intro === 'as' && lowerAt(tokens, i - 1) === 'such') intro = lowerAt(tokens, --i);
  if (!slots.listIntroducers.has(intro)) return false;
  const next = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  const at = headBeforeModifier(tokens, next, slots);
  const noun = tokens[at];
  const opening = input.sentenceTokens[c.sentence]?.[0] === at;
  if (noun === undefined || (noun.cap && !opening) || !/s$/.test(noun.text)) return false;
  const singular = noun.text.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return slots.descriptors.has(singular) || input.lexicon.orgNouns.has(singular);
}

/** "Kelvaro Chairman Ana Ruiz", "Kelvaro CEO Ana Ruiz": a corporate title between it and a person. */
function titleBeforePerson(input: OrgSlotInput, c: Candidate, slots: OrgSlots): boolean {
  const title = input.tokens[c.last];
  if (title === undefined || !slots.titles.has(title.text)) return false;
  return input.candidates.some(
    (p) => p.type === 'Person' && p.first > c.last && p.first <= c.last + 3,
  );
}

/** Whether the tagger reads a person in the name: with a wide margin in a sure slot, a narrow one in a near one. */
function taggerReadsPerson(input: OrgSlotInput, c: Candidate, slot: 'sure' | 'near'): boolean {
  const readings = readCandidate(input, c);
  if (readings === undefined) return true;
  if (slot === 'sure')
    return readings.some((r) => r.tag.endsWith('PER') && r.margin >= PERSON_VETO);
  // The first word decides: after a confident B-PER the rest of a name reads I-PER with any margin.
  const head = readings[0];
  return head !== undefined && head.tag.endsWith('PER') && head.margin >= NEAR_PERSON_VETO;
}
