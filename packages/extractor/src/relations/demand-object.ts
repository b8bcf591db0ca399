import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import { isPastOrGerund } from './phrase-words.js';
import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { DETERMINERS } from './word-classes.js';
import demandJson from './demand-object-words.json' with { type: 'json' };

const DemandObjectSchema = z.object({
  description: z.string(),
  affirmingVerbs: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** Verbs whose object may be the subject's own demand (demand-object-words.json). */
export function affirmingVerbs(): ReadonlySet<string> {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    DemandObjectSchema,
    demandJson,
    'relations/demand-object-words.json',
  );
  cached = new Set(lists.affirmingVerbs);
  return cached;
}

/**
 * A demand cue in its bare form at `start` read as a noun that is another verb's object, so no
 * demand of the clause's subject: "the call for ...", "X rejected calls for Y's resignation", "X
 * faced demands for ...". "X renewed his call for Y's resignation", "X joined calls for ..."
 * (`affirmingVerbs`) keep the subject's demand; "X calls for", "X's call for" stay the demand.
 */
export function demandIsObject(view: SentenceView, start: number): boolean {
  let t = start - 1;
  const determined = DETERMINERS.has(view.words[t] ?? '');
  if (determined) t--;
  const verb = view.words[t] ?? '';
  if (affirmingVerbs().has(verb)) return false;
  return determined || isPastOrGerund(verb);
}

/**
 * A demand cue noun opens a verb's object at `t`: "rejected calls for Y's resignation", "backed
 * demands that Y resign". The object is a demand made of Y, not Y: the verb takes no stance on Y
 * (the demand frame reads whether the subject makes the demand its own).
 */
export function opensDemand(cues: CompiledCues, view: SentenceView, t: number): boolean {
  if ((view.unitAt[t] ?? -1) >= 0) return false;
  const phrases = cues.phrases.get(view.words[t] ?? '') ?? [];
  return phrases.some((phrase) => {
    if (!phrase.words.every((word, k) => view.words[t + k] === word)) return false;
    const after = view.words[t + phrase.words.length] ?? '';
    const complement = phrase.words.at(-1) === 'for' || after === 'for' || after === 'that';
    return complement && phrase.forms.some((form) => form.family.frame === 'demand');
  });
}
