import { z } from 'zod';
import wordsJson from '../lexicon/data/words.json' with { type: 'json' };
import { lexicon } from '../lexicon/lexicon.js';
import { nameMatching } from '../lexicon/name-matching.js';
import { parseWordLists } from '../lexicon/word-lists.js';
import type { NameWords } from './actor-table.js';

const TitlesSchema = z.object({
  titles: z.array(z.tuple([z.string(), z.number()])),
  appositionRoles: z.array(z.string()),
  portfolios: z.array(z.string()),
});

let cached: NameWords | undefined;

/** The lexicon's first names, organization heads, titles and stopwords, for reading actor names. */
export function nameWords(): NameWords {
  if (cached !== undefined) return cached;
  const lex = lexicon();
  const words = parseWordLists(TitlesSchema, wordsJson, 'lexicon/data/words.json');
  const notNames = new Set<string>(nameMatching().actorNoise);
  const addWords = (phrase: string): void => {
    for (const w of phrase.toLowerCase().split(/[\s-]+/))
      if (w !== '') notNames.add(w.replace(/\.$/, ''));
  };
  for (const [title] of words.titles) addWords(title);
  for (const role of words.appositionRoles) addWords(role);
  for (const h of lex.honorifics) addWords(h);
  for (const s of lex.stopwords) notNames.add(s.toLowerCase());
  cached = {
    firstNames: lex.firstNames,
    orgHeads: new Set([...lex.orgHeads].map((w) => w.toLowerCase())),
    notNames,
  };
  return cached;
}
