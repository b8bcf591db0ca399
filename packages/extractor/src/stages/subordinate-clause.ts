import type { SpeakerWords } from '../lexicon/speaker-words.js';
import type { Token } from '../text/tokenize.js';

/**
 * Whether token `at` of a sentence starting at token `first` lies in a subordinate clause: after
 * a subordinator (speaker-words.json subordinators) with no comma or semicolon between, as "Lund"
 * in "After Lund left, Ruiz stayed" and "asked" in "Ruiz stayed because Lund asked her to". A
 * later "he said" looks first to the main clause's subject.
 */
export function inSubordinateClause(
  tokens: readonly Token[],
  first: number,
  at: number,
  words: SpeakerWords,
  quoted: (at: number) => boolean,
): boolean {
  for (let j = at - 1; j >= first; j--) {
    const t = tokens[j];
    if (t === undefined || quoted(t.start)) continue;
    if (t.text === ',' || t.text === ';') return false;
    if (words.subordinators.has(t.text.toLowerCase())) return true;
  }
  return false;
}
