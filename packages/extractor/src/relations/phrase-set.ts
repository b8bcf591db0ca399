import { tokenize } from '../text/tokenize.js';

/**
 * A set of lower-case phrases matched against a run of tokens: one word or several, with the
 * apostrophe folded to ASCII so "n’t" and "n't" are one entry.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** The one-word phrases, for `has`. */
  private readonly singles = new Set<string>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = foldApostrophes(phrase).split(/\s+/).filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      if (words.length === 1) this.singles.add(first);
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** Length in tokens of the longest phrase starting at `words[i]`, or 0. */
  matchAt(words: readonly string[], i: number): number {
    const candidates = this.byFirst.get(words[i] ?? '');
    if (candidates === undefined) return 0;
    for (const phrase of candidates) {
      if (wordsAt(phrase, words, i)) return phrase.length;
    }
    return 0;
  }

  /** True when a phrase starts anywhere in words[from, to). */
  occursIn(words: readonly string[], from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < to; i++) {
      const length = this.matchAt(words, i);
      if (length > 0 && i + length <= to) return true;
    }
    return false;
  }

  has(word: string): boolean {
    return this.singles.has(word);
  }
}

/** True when `phrase` stands at words[i...] (a loop: no closure per candidate). */
function wordsAt(phrase: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

export function foldApostrophes(text: string): string {
  // Most words have no apostrophe at all: look before running the replacement.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2019 || code === 0x2018 || code === 0x60) return text.replace(/[’‘`]/g, "'");
  }
  return text;
}

/** Lower-case tokens of a phrase, as sentences are tokenised ("secretary-general" is three). */
export function phraseWords(text: string): string[] {
  return tokenize(foldApostrophes(text)).map((token) => token.text.toLowerCase());
}
