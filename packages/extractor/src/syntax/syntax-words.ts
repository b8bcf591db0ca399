import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import wordsJson from './syntax-words.json' with { type: 'json' };

const WordList = z.array(z.string().min(1));

const SyntaxWordsSchema = z.object({
  about: z.string(),
  modals: WordList,
  negators: WordList,
  be: WordList,
  have: WordList,
  do: WordList,
  passiveGet: WordList,
  subordinators: WordList,
  relativePronouns: WordList,
  coordinators: WordList,
  adverbialCoordinators: WordList,
  agentPrepositions: WordList,
  appositionOpeners: WordList,
  objectPremodifiers: WordList,
  indefiniteArticles: WordList,
  contentNouns: WordList,
});

/** The closed-class word lists of the syntax layer, each as a set of lower-case words. */
export type SyntaxWords = {
  readonly [K in Exclude<keyof z.infer<typeof SyntaxWordsSchema>, 'about'>]: ReadonlySet<string>;
};

const parsed = parseBundled(SyntaxWordsSchema, wordsJson, 'syntax/syntax-words.json');

export const SYNTAX_WORDS: SyntaxWords = {
  modals: new Set(parsed.modals),
  negators: new Set(parsed.negators),
  be: new Set(parsed.be),
  have: new Set(parsed.have),
  do: new Set(parsed.do),
  passiveGet: new Set(parsed.passiveGet),
  subordinators: new Set(parsed.subordinators),
  relativePronouns: new Set(parsed.relativePronouns),
  coordinators: new Set(parsed.coordinators),
  adverbialCoordinators: new Set(parsed.adverbialCoordinators),
  agentPrepositions: new Set(parsed.agentPrepositions),
  appositionOpeners: new Set(parsed.appositionOpeners),
  objectPremodifiers: new Set(parsed.objectPremodifiers),
  indefiniteArticles: new Set(parsed.indefiniteArticles),
  contentNouns: new Set(parsed.contentNouns),
};
