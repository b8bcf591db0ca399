import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { CueHit } from './cue-matches.js';
import type { SentenceView } from './sentence-view.js';
import wordsJson from './reported-noun.json' with { type: 'json' };

const ReportedNounSchema = z.object({
  description: z.string(),
  reportingVerbs: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** Verbs of reporting (reported-noun.json), validated once. */
export function reportingVerbs(): ReadonlySet<string> {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(ReportedNounSchema, wordsJson, 'relations/reported-noun.json');
  cached = new Set(lists.reportingVerbs);
  return cached;
}

/** How many words (a determiner, modifiers) may stand between the verb and the noun. */
const REACH = 3;

/**
 * "Reuters, the Post and others reported complaints from the Pentagon": the stance noun is the
 * object of a verb of reporting, so the clause's subject only passes it on and is not its target.
 */
export function reportedNoun(view: SentenceView, hit: CueHit): boolean {
  const verbs = reportingVerbs();
  for (let t = hit.startToken - 1; t >= Math.max(0, hit.startToken - 1 - REACH); t--) {
    const word = view.words[t] ?? '';
    if (verbs.has(word)) return true;
    if ((view.unitAt[t] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}
