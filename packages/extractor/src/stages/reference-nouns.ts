import { mentionWords } from '../lexicon/mention-words.js';

type ReferenceNoun = ReturnType<typeof mentionWords>['referenceNouns'][string];

let referenceMap: Map<string, ReferenceNoun> | undefined;
/** Names an object has from its prototype ("constructor", "toString"). */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The reference noun's entry, as `mentionWords().referenceNouns[word]` reads it, by a Map: a
 * missed property on the word-list object is a slow lookup, and most words miss. (The object's
 * prototype names read as the object does, "the constructor" included, so nothing changes.)
 */
export function referenceNoun(word: string): ReferenceNoun | undefined {
  const nouns = mentionWords().referenceNouns;
  referenceMap ??= new Map(Object.entries(nouns));
  return PROTOTYPE_NAMES.has(word) ? nouns[word] : referenceMap.get(word);
}
