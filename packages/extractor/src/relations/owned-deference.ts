import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { CueHit } from './cue-matches.js';
import type { SentenceView } from './sentence-view.js';
import { DETERMINERS } from './word-classes.js';
import wordsJson from './deference-words.json' with { type: 'json' };

const DeferenceWordsSchema = z.object({
  description: z.string(),
  deferenceVerbs: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** Verbs of the deference rule (deference-words.json), validated once. */
export function deferenceVerbs(): ReadonlySet<string> {
  cached ??= new Set(
    parseWordLists(DeferenceWordsSchema, wordsJson, 'relations/deference-words.json')
      .deferenceVerbs,
  );
  return cached;
}

/** "the UN envoy's call": plain words between the owner's name and its "'s". */
const OWNER_REACH = 2;

/**
 * "X respected Y's rules", "we respect the Y envoy's call for a truce, but ...": regard for a
 * thing Y or its officer owns is abiding by it or acknowledging it, not backing Y ("X respects Y"
 * still does). True when the verb's object opens with an actor that owns the noun after it.
 */
export function respectsOwnedThing(view: SentenceView, hit: CueHit): boolean {
  if (!deferenceVerbs().has(view.words[hit.endToken - 1] ?? '')) return false;
  let t = hit.endToken;
  while (DETERMINERS.has(view.words[t] ?? '')) t++;
  const unit = view.units[view.unitAt[t] ?? -1];
  if (unit === undefined) return false;
  for (let k = unit.lastToken + 1; k <= unit.lastToken + 1 + OWNER_REACH; k++) {
    const word = view.words[k] ?? '';
    if (word === "'s") return true;
    if ((view.unitAt[k] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}
