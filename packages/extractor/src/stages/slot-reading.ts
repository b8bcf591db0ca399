import type { Lexicon } from '../lexicon/lexicon.js';
import { CaseTable } from '../tagger/case-table.js';
import type { SequenceTagger } from '../tagger/tagger.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { windowCase } from './window-case.js';

/** What the person- and organization-slot stages read: one window's tokens and candidates. */
export interface SlotInput {
  tokens: readonly Token[];
  /** Token index range [first, last) of each sentence. */
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  candidates: readonly Candidate[];
  tagger: SequenceTagger;
  lexicon: Lexicon;
}

/** The tagger's reading of one token of a candidate: its tag and how sure it is. */
export interface TokenReading {
  tag: string;
  margin: number;
}

/**
 * The tagger's reading of the candidate's tokens (up to token `end`) in its sentence, or undefined
 * when the sentence is unknown. Only those tokens are decoded with margins.
 */
export function readCandidate(
  input: SlotInput,
  c: Candidate,
  end = c.last,
): TokenReading[] | undefined {
  const range = input.sentenceTokens[c.sentence];
  if (range === undefined) return undefined;
  const [first, last] = range;
  const from = c.first - first;
  const to = end - first;
  const margins: number[] = [];
  const tags = input.tagger.tagIndices(
    input.tokens.slice(first, last),
    windowCase(input.tokens, input.sentenceTokens),
    new CaseTable(8),
    margins,
    [[from, to]],
  );
  const readings: TokenReading[] = [];
  for (let i = from; i < to; i++) {
    readings.push({ tag: input.tagger.model.tags[tags[i] ?? -1] ?? 'O', margin: margins[i] ?? 0 });
  }
  return readings;
}
