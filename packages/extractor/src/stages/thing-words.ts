import type { Lexicon } from '../lexicon/lexicon.js';
import type { PersonSlots } from '../lexicon/person-slots.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

export interface ThingWordsInput {
  tokens: readonly Token[];
  candidates: readonly Candidate[];
  lexicon: Lexicon;
}

/** Whether the article shows a capitalised word naming a thing (see {@link thingWords}). */
export interface ThingWords {
  has(word: string): boolean;
}

/**
 * Capitalised words the article itself shows naming a company, body or place, wherever they
 * stand: a company's or a place's name ("Texaco Inc", "Comelf shares", "Comelf's board"), the
 * noun before it that says what it is ("broadcaster Arte", "the town of Thoiry"), a place
 * preposition before it ("at Thoiry"), or "its" for it in what it says ("Comelf said its"). A
 * lone name in a person's slot elsewhere in the same article is then that company or place.
 * The candidates' names are gathered at once; the tokens' contexts are read only for a word
 * asked about (a few lone names per article), each word once.
 */
export function thingWords(input: ThingWordsInput, slots: PersonSlots): ThingWords {
  const named = new Set<string>();
  for (const o of input.candidates) {
    // "Yukos accused Gazprom" where the article also calls Yukos a company: the company.
    if ((o.type !== null && o.type !== 'Person') || o.tagged === 'Organization') {
      named.add(o.text);
      // "Texaco Inc": the first word of a company's name stands for the company.
      if (o.type === 'Organization' && o.last - o.first > 1) {
        const first = input.tokens[o.first]?.text;
        if (first !== undefined) named.add(first);
      }
    }
  }
  // A few words are asked about one scan each; past that, every context is read once.
  const asked = new Map<string, boolean>();
  let all: Set<string> | undefined;
  return {
    has(word: string): boolean {
      if (named.has(word)) return true;
      if (all !== undefined) return all.has(word);
      let thing = asked.get(word);
      if (thing !== undefined) return thing;
      if (asked.size >= SCANNED_WORDS) {
        all = contextWords(input, slots);
        return all.has(word);
      }
      thing = inThingContext(input, word, slots);
      asked.set(word, thing);
      return thing;
    },
  };
}

/** How many words are looked for one scan each before all contexts are read in one pass. */
const SCANNED_WORDS = 8;

/** A capitalised token (not in capitals) writing `word` stands where only a thing stands. */
function inThingContext(input: ThingWordsInput, word: string, slots: PersonSlots): boolean {
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t.text === word && t.cap && !t.upper && thingContext(input, i, slots))
      return true;
  }
  return false;
}

/** Every capitalised word (not in capitals) that stands somewhere where only a thing stands. */
function contextWords(input: ThingWordsInput, slots: PersonSlots): Set<string> {
  const words = new Set<string>();
  input.tokens.forEach((t, i) => {
    if (t.cap && !t.upper && thingContext(input, i, slots)) words.add(t.text);
  });
  return words;
}

function thingContext(input: ThingWordsInput, i: number, slots: PersonSlots): boolean {
  const { tokens } = input;
  const t = tokens[i];
  if (t === undefined) return false;
  // "Comelf's output", "Comelf' shares": past the possessive mark.
  const mark = tokens[i + 1]?.text ?? '';
  if (ownsThing(tokens, i, slots)) return true;
  // "Brovatex said its profits rose": what it says of itself, it says of a thing.
  const verb = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (input.lexicon.speechVerbs.has(verb) && tokens[i + 2]?.text.toLowerCase() === 'its')
    return true;
  // "Pirelli SpA", "Comelf Group": a company's or body's head word after it.
  const right = tokens[i + 1];
  if (right?.cap === true && input.lexicon.orgHeads.has(right.text)) return true;
  const before = tokens[i - 1];
  if (before === undefined || before.cap) return false;
  const lower = before.text.toLowerCase();
  if (slots.thingDescriptors.has(lower)) return true;
  // "the town of Thoiry", "the zoo at Thoiry".
  const noun = tokens[i - 2]?.text.toLowerCase() ?? '';
  if ((lower === 'of' || lower === 'at') && slots.thingDescriptors.has(noun)) return true;
  return slots.placePrepositions.has(lower) && !t.poss && !/^['’]/.test(mark);
}

/** What /^['’]s?$/i matches: a possessive mark, with or without its s. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’', "'s", '’s', "'S", '’S']);

/** "Comelf shares", "Comelf's board", "Comelf's six-month output": what only companies or places have. */
function ownsThing(tokens: readonly Token[], i: number, slots: PersonSlots): boolean {
  const t = tokens[i];
  const possessive = t?.poss === true || POSSESSIVE_MARKS.has(tokens[i + 1]?.text ?? '');
  const from = possessive ? i + 2 : i + 1;
  // After a possessive, a modifier or two may come before the noun; after a bare name a verb
  // may ("Rindal said profits fell"), so only the next word counts.
  // ("six-month" is three tokens.)
  const reach = possessive ? 5 : 1;
  for (let j = from; j < from + reach; j++) {
    const w = tokens[j];
    if (w?.text === '-') continue;
    if (w === undefined || w.cap || !w.word) return false;
    if (slots.thingNouns.has(w.text.toLowerCase())) return true;
  }
  return false;
}
