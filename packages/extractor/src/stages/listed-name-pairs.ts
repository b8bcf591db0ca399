import { mentionWords } from '../lexicon/mention-words.js';
import { peopleNames } from '../lexicon/people-names.js';
import { personSlots } from '../lexicon/person-slots.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { writesLower, type DocumentCase } from '../tagger/features.js';
import { truecaseWords } from '../text/truecase.js';
import type { Token } from '../text/tokenize.js';
import { surname } from './given-names.js';
import { SCAN_WORDS } from './scan-words.js';

/**
 * The tagger's margin on the surname that says it reads the two words as one name: above it the
 * tagger is sure the words belong together even where it hesitates over which kind of name opens
 * them (a given name it never saw: "Torbjorn Kessel" read B-ORG at a small margin, I-ORG at a
 * large one).
 */
const JOINED_MARGIN = 2000;

export interface NamePairInput {
  tokens: readonly Token[];
  lexicon: Lexicon;
  /** The article's case evidence: a word it writes in lower case is a word, not a name. */
  docCase: DocumentCase;
}

/**
 * Evidence of a person's name in its place: a listed given name first, or a listed name word of
 * any culture last (the list's surnames; its words first are as often words: "Pizza", "Silk").
 */
function listedName(first: string, last: string): boolean {
  return speakerWords().givenNames.has(first) || peopleNames().has(last);
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Capitalised letters only ("I'm" is no name word), no word news writes in lower case ("Team
 * Trump", "Edison Research") nor one the article does, no head of a body's, place's or event's name.
 */
function plainNameWord(input: NamePairInput, t: Token | undefined): boolean {
  return (
    t !== undefined &&
    NAME_WORD.test(t.text) &&
    surname(input, t.text) &&
    !truecaseWords().lower.has(t.text.toLowerCase()) &&
    !writesLower(input.docCase, t.text)
  );
}

/**
 * "Torbjorn Kessel" where the tagger hesitates: two capitalised words it reads as one name, of a
 * body (ORG) but unsure, opened by a listed given name or closed by a listed name word; or of a
 * person (PER) but unsure, opened by a listed given name. Neither word is a head of another kind
 * of name, an adjective of a people or faith ("Sunni", a given name too) or a word written in
 * lower case; no compass point or kin noun opens it; it stands alone (no article or place
 * preposition before, no capitalised word after). Then it is a person's name. Every condition is
 * a set look-up on the two tokens, tested only where the tagger is unsure.
 */
export function listedNamePair(
  input: NamePairInput,
  span: { from: number; to: number; tag: string },
  surnameMargin: number,
): boolean {
  const { tokens } = input;
  const { from, to } = span;
  if (to - from !== 2 || surnameMargin < JOINED_MARGIN) return false;
  const first = tokens[from];
  const last = tokens[from + 1];
  if (!plainNameWord(input, first) || !plainNameWord(input, last)) return false;
  if (first === undefined || last === undefined) return false;
  // Read as a person but unsure: the given-name rule's ground, where a listed surname alone says
  // too little ("Sandy Hook", "Capitol Hill"); a listed given name opening it is evidence.
  if (
    span.tag === 'PER'
      ? !speakerWords().givenNames.has(first.text)
      : !listedName(first.text, last.text)
  )
    return false;
  const lex = input.lexicon;
  if (lex.nameAdjectives.has(first.text) || lex.nameAdjectives.has(last.text)) return false;
  if (lex.titles.longest([first], 0, 1)?.end === 1) return false;
  // "West Brom", "Uncle Sam": a compass point opens a place's name, a kin noun a nickname.
  const opener = first.text.toLowerCase();
  if (SCAN_WORDS.placeModifiers.has(opener) || speakerWords().kinship.has(opener)) return false;
  if (personSlots().wordGivenNames.has(first.text)) return false;
  const before = tokens[from - 1]?.text.toLowerCase() ?? '';
  if (mentionWords().articles.has(before) || personSlots().placePrepositions.has(before))
    return false;
  return tokens[to]?.cap !== true;
}
