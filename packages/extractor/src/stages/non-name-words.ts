import type { Lexicon } from '../lexicon/lexicon.js';
import { loneNameBounds } from '../lexicon/lone-name-bounds.js';
import { personSlots } from '../lexicon/person-slots.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/** "I’m", "I'll", "I’ve": a capital letter, an apostrophe and a verb's clitic. */
const CONTRACTION = /^\p{Lu}['’](?:m|ve|ll|d|re)$/u;

interface WordInput {
  tokens: readonly Token[];
  lexicon: Lexicon;
}

/**
 * Words that no name has however the slot around them reads: a pronoun's contraction ("What I’m
 * telling you", which a list of surnames may hold without its apostrophe), a month's abbreviation
 * with its full stop ("said Dec. 6"), and a lone word that only continues a longer name
 * (`nameTail`).
 */
export function nonNameWord(input: WordInput, c: Candidate): boolean {
  for (let i = c.first; i < c.last; i++) {
    const text = input.tokens[i]?.text ?? '';
    if (text.length <= 4 && text.length >= 3 && CONTRACTION.test(text)) return true;
  }
  if (c.last - c.first !== 1) return articleName(input, c);
  if (c.text.endsWith('.')) return input.lexicon.calendar.has(c.text.slice(0, -1));
  return nameTail(input, c);
}

/**
 * "As The Hill reported": a capitalised "The" inside a sentence belongs to the name after it, a
 * paper's, show's or band's, never a person's; "a producer for Yahoo Studios": a word that ends
 * the names of places, bodies and shows ("Studios", "Records") after another capitalised word is
 * the end of that name, not a surname of its own.
 */
function nameTail(input: WordInput, c: Candidate): boolean {
  const before = input.tokens[c.first - 1];
  if (before?.cap !== true) return false;
  if (before.text === 'The') {
    const outer = input.tokens[c.first - 2];
    return outer !== undefined && (outer.word || outer.text === ',');
  }
  return before.word && personSlots().notSurnames.has(c.text);
}

/**
 * "Rockets hit the district of Al-Hamdaniyeh", "the town of Thoiry": after "of" and a noun for a
 * kind of place, a name is the place's.
 */
export function placeOfNoun(input: WordInput, c: Candidate): boolean {
  if (input.tokens[c.first - 1]?.text !== 'of') return false;
  const noun = input.tokens[c.first - 2];
  return noun?.cap === false && loneNameBounds().placeNouns.has(noun.text);
}

/**
 * "Major League Baseball": a word that heads bodies' names ("League", "Council") opening the name
 * after a capitalised word (here the title "Major") continues a body's name; no person's name
 * opens with it.
 */
export function bodyAfterTitle(input: WordInput, c: Candidate): boolean {
  const first = input.tokens[c.first];
  return (
    c.type === 'Person' &&
    c.last - c.first > 1 &&
    first !== undefined &&
    input.lexicon.orgHeads.has(first.text) &&
    input.tokens[c.first - 1]?.cap === true
  );
}

/**
 * "the Scorpions from Hanover", "one of the Buddy Bears -", "the Little Red Riding Hood that I
 * know": a name of several words right after a lower-case "the", and not modifying a noun after it
 * ("the Harvey Weinstein scandal"), is a band's, team's, work's or place's; a person's full name
 * takes no article. Not a listed name ("the Dalai Lama").
 */
function articleName(input: WordInput, c: Candidate): boolean {
  if (c.type !== 'Person' || c.entry !== undefined || c.kind !== 'name') return false;
  if (input.tokens[c.first - 1]?.text !== 'the') return false;
  // "the Varnian Pilots Association Kostarinos Logaveris": a body's name before a person's, which
  // org-person-split.ts takes apart.
  for (let i = c.first; i < c.last; i++)
    if (input.lexicon.orgHeads.has(input.tokens[i]?.text ?? '')) return false;
  const next = input.tokens[c.last];
  return next?.word !== true || next.cap || input.lexicon.stopwords.has(next.text.toLowerCase());
}
