import { z } from 'zod';
import mentionJson from './data/mention-words.json' with { type: 'json' };
import { LowerWord, Phrase, parseWordLists } from './word-lists.js';

const LowerPhrase = Phrase.regex(/^[\p{Ll} ]+$/u, 'expected lower-case words');

const MentionWordsSchema = z.object({
  referenceNouns: z.record(
    LowerWord,
    z.object({ kind: z.enum(['orgKind', 'coalition', 'union', 'title']), value: LowerWord }),
  ),
  labourWords: z.array(LowerPhrase).min(1),
  referenceModifiers: z.object({ words: z.array(LowerWord), hyphenHeads: z.array(LowerWord) }),
  vagueTitles: z.array(Phrase),
  placePrepositions: z.array(LowerWord),
  townPrepositions: z.array(LowerWord),
  motionPrepositions: z.array(LowerWord),
  partitives: z.array(LowerWord).min(1),
  determiners: z.object({
    articles: z.array(LowerWord),
    possessives: z.array(LowerWord),
    demonstratives: z.array(LowerWord),
  }),
});

type Lists = z.infer<typeof MentionWordsSchema>;

export interface MentionWords {
  referenceNouns: Lists['referenceNouns'];
  /** Whole words, case-insensitive, that show a text speaks of labour. */
  labour: RegExp;
  referenceModifiers: ReadonlySet<string>;
  referenceHyphenHeads: ReadonlySet<string>;
  vagueTitles: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  townPrepositions: ReadonlySet<string>;
  /** "into": with the place prepositions, where a person slot sees a place (personSlots). */
  motionPrepositions: ReadonlySet<string>;
  /** "one", "a chorus": a holder of these before "of" is one of the people after it. */
  partitives: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** Articles and possessive determiners ("the", "its"). */
  definiteOrPossessive: ReadonlySet<string>;
  /** Articles, possessive and demonstrative determiners. */
  determiners: ReadonlySet<string>;
}

let cached: MentionWords | undefined;

/** Words the mention scan reads around names (data/mention-words.json). */
export function mentionWords(): MentionWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(MentionWordsSchema, mentionJson, 'lexicon/data/mention-words.json');
  const { articles, possessives, demonstratives } = lists.determiners;
  cached = {
    referenceNouns: lists.referenceNouns,
    labour: new RegExp(`\\b(?:${lists.labourWords.join('|')})\\b`, 'i'),
    referenceModifiers: new Set(lists.referenceModifiers.words),
    referenceHyphenHeads: new Set(lists.referenceModifiers.hyphenHeads),
    vagueTitles: new Set(lists.vagueTitles),
    placePrepositions: new Set(lists.placePrepositions),
    townPrepositions: new Set(lists.townPrepositions),
    motionPrepositions: new Set(lists.motionPrepositions),
    partitives: new Set(lists.partitives),
    articles: new Set(articles),
    definiteOrPossessive: new Set([...articles, ...possessives]),
    determiners: new Set([...articles, ...possessives, ...demonstratives]),
  };
  return cached;
}

/**
 * The noun `head` before "of" (after `before`), as written, names someone other than the people
 * after "of": "the wife of", "the son of"; not a partitive ("one of", "a chorus of"), a
 * superlative ("the fiercest of", "the most vocal of") or a word of a name ("University of").
 */
export function heldByOther(head: string, before: string): boolean {
  if (!/^\p{Ll}+$/u.test(head) || mentionWords().partitives.has(head) || head.endsWith('est'))
    return false;
  return before !== 'most' && before !== 'least';
}
