import { SYNTAX_WORDS } from './syntax-words.js';

/** The tags of a finite verb (tags.ts reads them too). */
export const FINITE: ReadonlySet<string> = new Set(['MD', 'VBD', 'VBZ', 'VBP']);
/** Tags a noun phrase may open with: the verb's object. */
const OBJECT_OPENERS = /^(?:NNP|NNPS|NN|NNS|DT|PRP\$|JJ|CD)$/u;
/** Where a clause may open before its subject name. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ':', ';', '"', "'", '(']);

export interface NamedVerbInput {
  /** Lower-case word of token t. */
  wordAt: (t: number) => string;
  /** Whether token t is written with a capital. */
  capAt: (t: number) => boolean;
  pos: readonly string[];
}

/**
 * "Obama backs Clinton, yet condemns Trump", "Kowal slams Lind": the tagger, trained on CoNLL-2003,
 * reads a lower-case "-s" word between a name that opens the clause and a noun phrase as a plural
 * noun of the name's phrase ("Obama backs"), which leaves the clause with no finite verb. When no
 * finite verb follows it except right after a coordinator (the second verb of "backs Y, yet
 * condemns Z"), the word is the clause's verb. "Obama aides Jarrett and Axelrod said ...": "said"
 * is the verb, so "aides" stays a noun. True when the token at `i` is such a word.
 */
export function verbAfterOpeningName(input: NamedVerbInput, i: number): boolean {
  const { wordAt, capAt, pos } = input;
  const word = wordAt(i);
  if (pos[i] !== 'NNS' || capAt(i) || !/^\p{Ll}+s$/u.test(word)) return false;
  let t = i - 1;
  while (t >= 0 && capAt(t) && /^\p{L}/u.test(wordAt(t))) t--;
  if (t === i - 1 || (t >= 0 && !CLAUSE_OPENERS.has(wordAt(t)))) return false;
  if (!OBJECT_OPENERS.test(pos[i + 1] ?? '')) return false;
  for (let k = i + 1; k < pos.length; k++) {
    if (!FINITE.has(pos[k] ?? '')) continue;
    const before = wordAt(k - 1);
    if (!SYNTAX_WORDS.coordinators.has(before) && !SYNTAX_WORDS.adverbialCoordinators.has(before))
      return false;
  }
  return true;
}
