import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { SentenceView } from './sentence-view.js';
import { isNumber } from './word-classes.js';
import resultJson from './result-phrase-words.json' with { type: 'json' };

const ResultWordsSchema = z.object({
  description: z.string(),
  resultNouns: z.array(LowerWord).min(1),
  contestOutcomes: z.array(LowerWord).min(1),
});

let cached: z.infer<typeof ResultWordsSchema> | undefined;
function lists(): z.infer<typeof ResultWordsSchema> {
  cached ??= parseWordLists(ResultWordsSchema, resultJson, 'relations/result-phrase-words.json');
  return cached;
}

let nounSet: ReadonlySet<string> | undefined;
/** Nouns of a match result (result-phrase-words.json), validated once. */
export function resultNouns(): ReadonlySet<string> {
  nounSet ??= new Set(lists().resultNouns);
  return nounSet;
}

let outcomeSet: ReadonlySet<string> | undefined;
/** A match result's nouns and what else a contest ends in ("the title", "the playoffs"). */
export function contestOutcomes(): ReadonlySet<string> {
  outcomeSet ??= new Set([...lists().resultNouns, ...lists().contestOutcomes]);
  return outcomeSet;
}

/** A score written as one token ("1-1") or as three ("1", "-", "1"); the token after it, or -1. */
function scoreEnd(words: readonly string[], t: number): number {
  const word = words[t] ?? '';
  if (/^\d+[-–]\d+$/u.test(word)) return t + 1;
  if (
    isNumber(word) &&
    (words[t + 1] === '-' || words[t + 1] === '–') &&
    isNumber(words[t + 2] ?? '')
  )
    return t + 3;
  return -1;
}

/**
 * "X rescued a 1-1 draw for Y", "X sealed a 2-0 win for Y": a score and a result's noun between
 * the verb at `verb` and the target at `target` make the act play in a match, no stance.
 */
export function resultBeforeTarget(view: SentenceView, verb: number, target: number): boolean {
  const { words } = view;
  const nouns = resultNouns();
  for (let t = verb + 1; t < target; t++) {
    const end = scoreEnd(words, t);
    if (end > 0 && nouns.has(words[end] ?? '')) return true;
  }
  return false;
}
