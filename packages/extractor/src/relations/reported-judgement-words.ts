import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './reported-judgement-words.json' with { type: 'json' };

const ReportedJudgementWordsSchema = z.object({
  description: z.string(),
  reportingVerbs: z.array(LowerWord).min(1),
  progressiveBe: z.array(LowerWord).min(1),
  preverbAdverbs: z.array(LowerWord).min(1),
  actNouns: z.array(LowerWord).min(1),
});

export interface ReportedJudgementWords {
  /** "X believes Y lied", "X wrote that Y was a disaster": verbs besides the speech verbs. */
  reportingVerbs: ReadonlySet<string>;
  /** "X said Y is doing a great job": "be" before a judged deed in -ing. */
  progressiveBe: ReadonlySet<string>;
  /** "Y still cannot be trusted": adverbs not in -ly between the doer and its deed. */
  preverbAdverbs: ReadonlySet<string>;
  /** "X said Y's policies have failed": nouns of an owned act or record (besides policy nouns). */
  actNouns: ReadonlySet<string>;
}

let cached: ReportedJudgementWords | undefined;

/** Words of the reported-judgement rules (reported-judgement-words.json), validated once. */
export function reportedJudgementWords(): ReportedJudgementWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    ReportedJudgementWordsSchema,
    wordsJson,
    'relations/reported-judgement-words.json',
  );
  cached = {
    reportingVerbs: new Set(lists.reportingVerbs),
    progressiveBe: new Set(lists.progressiveBe),
    preverbAdverbs: new Set(lists.preverbAdverbs),
    actNouns: new Set(lists.actNouns),
  };
  return cached;
}
