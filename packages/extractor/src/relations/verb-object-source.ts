import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { SentenceView, Unit } from './sentence-view.js';
import sourceVerbsJson from './source-verbs.json' with { type: 'json' };

const SourceVerbsSchema = z.object({
  description: z.string(),
  takingVerbs: z.array(LowerWord).min(1),
});

let takingVerbs: ReadonlySet<string> | undefined;

/**
 * "Madrid signed X from Y", "paid millions to pry X from Y": the person is the object of a verb
 * whose "from" names where it takes them from (source-verbs.json), not a body they speak for.
 */
export function objectTakenFrom(view: SentenceView, unit: Unit): boolean {
  takingVerbs ??= new Set(
    parseWordLists(SourceVerbsSchema, sourceVerbsJson, 'relations/source-verbs.json').takingVerbs,
  );
  const at = unit.firstToken - 1;
  return /^\p{Ll}/u.test(view.tokens[at]?.text ?? '') && takingVerbs.has(view.words[at] ?? '');
}
