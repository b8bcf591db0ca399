/**
 * Text folding shared by entity-name and quote-word comparison (GUIDELINES.md, "Gold file
 * format" and "Scoring"): case, accents and punctuation are ignored.
 */

// Apostrophes and periods vanish inside a word so that "U.S." = "US" and "it’s" = "its";
// every other punctuation mark separates words ("U.S.-led" → "us led").
const JOINING_MARKS = /[.'’‘`´ʼ]/g;
const SEPARATING_MARKS = /[^\p{L}\p{N}\s]/gu;
const COMBINING_MARKS = /\p{M}/gu;
// A possessive only at the end of a word: "Erdogan’s" but not "’s-Hertogenbosch".
const POSSESSIVE = /(?<=\p{L})['’ʼ]s(?![\p{L}\p{N}])/gu;

/** Lower case, no accents, no punctuation, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(JOINING_MARKS, '')
    .replace(SEPARATING_MARKS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The comparison key of an entity name or alias: folded, without a possessive "'s" and
 * without a leading "the" ("the alliance" = "alliance", "Erdogan’s" = "Erdogan").
 * Returns '' for a name that is nothing but "the" or punctuation; callers skip it.
 */
export function normalizeName(name: string): string {
  const folded = foldText(name.replace(POSSESSIVE, ''));
  return folded.replace(/^the(?: |$)/, '');
}

/** The words of a quote, folded the same way as names (case, accents, punctuation). */
export function quoteWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}
