import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { SentenceView, Unit } from './sentence-view.js';
import objectVerbsJson from './object-verbs.json' with { type: 'json' };

const ObjectVerbsSchema = z.object({
  description: z.string(),
  takingVerbs: z.array(LowerWord).min(1),
  appointingVerbs: z.array(LowerWord).min(1),
});

interface ObjectVerbs {
  takingVerbs: ReadonlySet<string>;
  appointingVerbs: ReadonlySet<string>;
}

let cached: ObjectVerbs | undefined;

/** The verb lists of object-verbs.json, validated once. */
export function objectVerbs(): ObjectVerbs {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(ObjectVerbsSchema, objectVerbsJson, 'relations/object-verbs.json');
  cached = {
    takingVerbs: new Set(lists.takingVerbs),
    appointingVerbs: new Set(lists.appointingVerbs),
  };
  return cached;
}

/**
 * "Madrid signed X from Y", "paid millions to pry X from Y": the person is the object of a verb
 * whose "from" names where it takes them from (object-verbs.json), not a body they speak for.
 */
export function objectTakenFrom(view: SentenceView, unit: Unit): boolean {
  const at = unit.firstToken - 1;
  return (
    /^\p{Ll}/u.test(view.tokens[at]?.text ?? '') &&
    objectVerbs().takingVerbs.has(view.words[at] ?? '')
  );
}
