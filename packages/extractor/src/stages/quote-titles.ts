import type { SpeakerWords } from '../lexicon/speaker-words.js';

/** Titles longer than this are rare; a longer capitalised run is more likely a shouted quote. */
const MAX_TITLE_WORDS = 8;

/**
 * Quoted text that reads as the title or name of a show, book, speech or slogan ("Meet the
 * Press", "State of the Union", "Tough Choices."): two words or more, every word capitalised or
 * a digit except small function words, no question or exclamation mark and no sentence break
 * inside. No one is said to say a title, so it is never a quotation.
 */
export function isQuotedTitle(text: string, words: SpeakerWords): boolean {
  // Cheap test first: a title starts with a capital or a digit.
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  // "Perfect Enough: Carly Fiorina and the Reinvention of HP": a title and its subtitle.
  const parts = text.split(/:\s+/);
  if (parts.length === 2)
    return (
      parts.every((part) => titleLike(part, words, 1)) &&
      titleLike(text.replace(/:\s+/, ' '), words, 2, 2 * MAX_TITLE_WORDS)
    );
  return titleLike(text, words, 2);
}

function titleLike(
  text: string,
  words: SpeakerWords,
  minWords: number,
  maxWords = MAX_TITLE_WORDS,
): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/[?!]/.test(text) || /[.;:]\s/.test(text)) return false;
  const tokens = text
    .replace(/[.,]$/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (tokens.length < minWords || tokens.length > maxWords) return false;
  let capitalised = 0;
  for (const [index, token] of tokens.entries()) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') return false;
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalised++;
    else if (index === 0 || !words.titleSmallWords.has(word)) return false;
  }
  return capitalised >= minWords;
}

/** `the hacker known as "Guccifer"`: quoted words right after a naming phrase are a name. */
export function isQuotedName(text: string, open: number, words: SpeakerWords): boolean {
  if (open < 0) return false;
  const before = text
    .slice(Math.max(0, open - 24), open)
    .toLowerCase()
    .trimEnd();
  return words.namingPhrases.some(
    (phrase) =>
      before.endsWith(phrase) &&
      !/[\p{L}\p{N}]/u.test(before[before.length - phrase.length - 1] ?? ''),
  );
}
