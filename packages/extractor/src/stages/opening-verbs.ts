import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import { LowerWord } from '../lexicon/word-lists.js';
import { lowerAt } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { SlotInput } from './slot-reading.js';
import pastJson from './opening-verbs.json' with { type: 'json' };

const PastSchema = z.object({ pastForms: z.array(LowerWord).min(1) });

/** The most tokens an aside between an opening name and its verb may hold, commas excluded. */
const MAX_ASIDE = 10;
/** Words that open no aside but a list or clause of their own ("Rindal, and", "Rindal, who"). */
const NOT_ASIDE = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'whose']);

/**
 * "Rindal, a onetime presidential hopeful, has", "Rindal, in a statement Friday, praised": the token
 * after an aside set off by commas right after the opening name, or -1. The aside holds no
 * capitalised word but a day or month or "I" (no list of names, "Rindal, Oslo and Bergen"), and
 * does not open a clause or a list of its own.
 */
export function asideEnd(input: SlotInput, c: Candidate): number {
  const { tokens } = input;
  if (tokens[c.last]?.text !== ',' || NOT_ASIDE.has(lowerAt(tokens, c.last + 1))) return -1;
  const [, last] = input.sentenceTokens[c.sentence] ?? [0, 0];
  for (let i = c.last + 1; i < Math.min(last, c.last + 2 + MAX_ASIDE); i++) {
    const t = tokens[i];
    if (t === undefined) return -1;
    if (t.text === ',') return i > c.last + 1 ? i + 1 : -1;
    if (!t.word) {
      if (!/^[-–—'’]$/u.test(t.text)) return -1;
      continue;
    }
    if (t.cap && t.text !== 'I' && !input.lexicon.calendar.has(t.text)) return -1;
  }
  return -1;
}

/**
 * "Rindal took aim", "Rindal personally sent": token `at` is an irregular simple-past verb
 * (opening-verbs.json), which the "-ed" test of a finite verb after an opening name misses.
 */
export function irregularPastAt(input: SlotInput, at: number): boolean {
  return pastForms().has(lowerAt(input.tokens, at));
}

let cached: ReadonlySet<string> | undefined;

/** The irregular past forms of opening-verbs.json, validated once. */
export function pastForms(): ReadonlySet<string> {
  cached ??= new Set(parseBundled(PastSchema, pastJson, 'stages/opening-verbs.json').pastForms);
  return cached;
}
