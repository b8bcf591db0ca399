import type { Lexicon } from '../lexicon/lexicon.js';
import { orgSlots, type OrgSlots } from '../lexicon/org-slots.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/**
 * "the deputy chairman of Kelvaro", "the board of Kelvaro", "chief executive of Kelvaro", "CEO of
 * Kelvaro": the object of "of" after a noun for a company's or body's officers or owners names a
 * body. Of capitalised nouns only an acronym counts ("Chairman of" may open a title's name).
 */
export function officeOf(
  tokens: readonly Token[],
  c: Pick<Candidate, 'first'>,
  slots: OrgSlots,
): boolean {
  // "the managing director of the Kelvaro Group": "the" may stand before the name.
  const of = tokens[c.first - 1]?.text.toLowerCase() === 'the' ? c.first - 2 : c.first - 1;
  if (tokens[of]?.text.toLowerCase() !== 'of') return false;
  const noun = tokens[of - 1];
  if (noun === undefined || (noun.cap && !noun.upper) || !noun.word) return false;
  const lower = noun.text.toLowerCase();
  if (slots.headsOf.has(lower)) return true;
  // "managing director of Kelvaro": an officer's two words only a body has ("director" alone a
  // department has too).
  const before = tokens[of - 2];
  return (
    before !== undefined &&
    !before.cap &&
    slots.ownedPhrases.has(`${before.text.toLowerCase()} ${lower}`)
  );
}

/** Words such a modifier may hold before the list's introducer. */
const MAX_MODIFIER = 6;

/**
 * "companies in the solar industry, such as X, Y and Z": the noun a list's introducer follows may
 * stand before a lower-case prepositional modifier; `at` is the word before the introducer. Returns
 * the modified noun's index, else `at`.
 */
export function headBeforeModifier(tokens: readonly Token[], at: number, slots: OrgSlots): number {
  for (let k = at; k > at - MAX_MODIFIER && k > 0; k--) {
    const t = tokens[k];
    if (t === undefined || t.cap || !t.word) return at;
    if (slots.listModifierPrepositions.has(t.text)) return k - 1;
  }
  return at;
}

/** Third-person or past verb forms ("criticizes", "resigned"), as scan-context reads them. */
const VERB_ENDING = /^[a-z]{3,}(?:s|ed)$/;

/**
 * Whether a name ends its noun phrase at token `last`: no lower-case noun follows that it
 * modifies ("the CEO of Kelvaro parent firm Brinmoor", "Kelvaro rival Brinmoor"), where the title
 * belongs to that noun's phrase, not to the name.
 */
export function nameEndsPhrase(tokens: readonly Token[], last: number, lex: Lexicon): boolean {
  const next = tokens[last];
  if (next === undefined || !next.word || next.cap) return true;
  const lower = next.text.toLowerCase();
  return lex.stopwords.has(lower) || lex.speechVerbs.has(lower) || VERB_ENDING.test(lower);
}

/**
 * A web address's last label: lower-case letters after a dot and a label of two or more letters
 * ("FoxNews.com", "Politico.eu"; not the initial of "A.de Silva").
 */
const WEB_SUFFIX = /[\p{L}\p{N}]{2}\.\p{Ll}{2,}$/u;

/** "FoxNews.com", "Politico.eu": a word no person's name is. */
export function webAddress(word: string): boolean {
  return WEB_SUFFIX.test(word);
}

/**
 * How to read a span the tagger reads as a person's name: an organization where it is a web
 * address ("told FoxNews.com"), which no person's name is, or stands where a body does after a
 * noun for its officers ("CEO of Kelvaro said"); nothing where such a name modifies the noun after
 * it ("CEO of Kelvaro parent firm Brinmoor"), whose phrase the title belongs to; else a person.
 */
export function taggedPersonReading(
  { tokens, lexicon }: { tokens: readonly Token[]; lexicon: Lexicon },
  { from, to }: { from: number; to: number },
): 'Person' | 'Organization' | undefined {
  const slots = orgSlots();
  for (let i = from; i < to; i++) if (webAddress(tokens[i]?.text ?? '')) return 'Organization';
  if (to - from !== 1 || !officeOf(tokens, { first: from }, slots)) return 'Person';
  return nameEndsPhrase(tokens, to, lexicon) ? 'Organization' : undefined;
}
