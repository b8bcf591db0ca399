import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import { LowerWord } from '../lexicon/word-lists.js';
import type { Candidate } from './candidate.js';
import type { SlotInput } from './slot-reading.js';
import leadingJson from './leading-words.json' with { type: 'json' };

const LeadingSchema = z.object({ leadingWords: z.array(LowerWord).min(1) });

let cached: ReadonlySet<string> | undefined;

/** The leading words of leading-words.json, validated once. */
export function leadingWords(): ReadonlySet<string> {
  cached ??= new Set(
    parseBundled(LeadingSchema, leadingJson, 'stages/leading-words.json').leadingWords,
  );
  return cached;
}

/**
 * "But Rindal attended", "When Rindal arrived": the candidate comes right after a capitalised
 * leading word (leading-words.json) that itself opens the sentence, so the name opens its clause
 * as a sentence-initial one would.
 */
export function afterLeadingWord(input: SlotInput, c: Candidate): boolean {
  const before = input.tokens[c.first - 1];
  if (before?.word !== true || !before.cap || before.upper) return false;
  if (!leadingWords().has(before.text.toLowerCase())) return false;
  // No word before the leading one in its sentence (a quotation mark may be).
  const first = input.sentenceTokens[c.sentence]?.[0] ?? c.first;
  for (let i = first; i < c.first - 1; i++) if (input.tokens[i]?.word === true) return false;
  return true;
}
