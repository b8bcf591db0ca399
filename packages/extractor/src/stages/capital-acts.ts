import { speakerWords } from '../lexicon/speaker-words.js';
import { lowerAt, type Token } from '../text/tokenize.js';
import { SCAN_WORDS } from './scan-words.js';

/** Words and commas that may stand between a capital and its verb. */
const MAX_GAP = 4;

/**
 * "Moscow on Friday condemned", "Beijing also said", "Washington, however, imposed": a capital
 * acts where a verb follows it past a time adverbial, an adverb or an aside in commas. The words
 * are those that may stand between a speaker and the speech verb (speaker-words.json `between`),
 * weekdays among them, and adverbs in -ly. `acts` is tested at each position, so "Moscow has long
 * opposed" still acts at "has". Anything else ends the search: "Moscow on the Volga", "Moscow,
 * Paris and Rome", "Moscow last week" stay places unless the verb comes first.
 */
export function actsPastAdverbials(
  tokens: readonly Token[],
  at: number,
  acts: (at: number) => boolean,
): boolean {
  const between = speakerWords().between;
  // An aside's commas come in pairs: "Amman, landed" ends a clause; "Tokyo, however, said" is an aside.
  let open = false;
  for (let t = at; t < at + MAX_GAP + 1; t++) {
    const token = tokens[t];
    if (token === undefined) return false;
    if (!open && acts(t)) return true;
    if (token.text === ',') {
      // Opened right after the capital; closed after at least one word.
      if (t === at) open = true;
      else if (open && t > at + 1) open = false;
      else return false;
      continue;
    }
    if (!between.has(lowerAt(tokens, t)) && !/^[a-z]{3,}ly$/.test(token.text)) return false;
  }
  return false;
}

/**
 * "the government in Kiev", "authorities in Beijing", "the new regime in Kabul": a capital after
 * "in" and a noun for a state's rulers (scan-words.json seatGovernmentNouns) names the state. Not
 * where a capitalised word before the noun says whose rulers they are ("U.S. officials in Kabul").
 * `first` is the capital's first token; `initial` says whether a token opens its sentence.
 */
export function seatOfRulers(
  tokens: readonly Token[],
  first: number,
  initial: (at: number) => boolean,
): boolean {
  if (lowerAt(tokens, first - 1) !== 'in') return false;
  const noun = tokens[first - 2];
  if (noun === undefined || !SCAN_WORDS.seatGovernmentNouns.has(lowerAt(tokens, first - 2)))
    return false;
  // "Authorities in Beijing": capitalised only where it opens the sentence.
  if (initial(first - 2)) return true;
  if (noun.cap) return false;
  const before = tokens[first - 3];
  return before?.cap !== true || lowerAt(tokens, first - 3) === 'the';
}

/**
 * "As Breitbart London reported", "said BBC Moscow": a capital right after another capitalised
 * word inside a sentence ends a longer name (an outlet's bureau, a club), so it does not act for
 * its state. A capitalised word opening the sentence ("But Moscow said") does not count.
 */
export function endsLongerName(
  tokens: readonly Token[],
  first: number,
  initial: (at: number) => boolean,
): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && prev.word && prev.cap && !initial(first - 1);
}

/**
 * "accusing Doha of", "urging Moscow to": the party a participle of stance acts on
 * (scan-words.json stanceParticiples; the -ing forms fall outside the verb endings that would take
 * "visiting Beijing" too). Not "criticizing London mayor Sadiq Khan": a noun after the capital
 * makes it a modifier, so only punctuation or a function word may follow.
 */
export function participleObject(
  tokens: readonly Token[],
  first: number,
  last: number,
  lex: { stopwords: ReadonlySet<string> },
): boolean {
  if (!SCAN_WORDS.stanceParticiples.has(lowerAt(tokens, first - 1))) return false;
  const after = tokens[last];
  return after === undefined || !after.word || lex.stopwords.has(after.text);
}
