import { NewsgraphError } from '@newsgraph/graph-schema';
import { z } from 'zod';
import personNamesJson from './data/person-names.json' with { type: 'json' };

const RulesSchema = z.strictObject({
  $comment: z.string(),
  endings: z.array(z.tuple([z.string().min(1), z.string()])),
  suffixes: z.array(z.string().min(1)),
});

const RULES = (() => {
  const parsed = RulesSchema.safeParse(personNamesJson);
  if (!parsed.success) {
    throw new NewsgraphError('INTERNAL', `invalid data file: ${parsed.error.issues[0]?.message}`, {
      where: 'packages/loader/src/data/person-names.json',
    });
  }
  return parsed.data;
})();

/** How a person's name is compared across articles. */
export interface PersonName {
  /** The last word, folded: what a surname-only mention is matched on. */
  surnameKey: string;
  /** Every word folded, when the name has two or more: a full name. */
  fullKey: string | undefined;
}

/**
 * Folds a person's name for comparison: accents and case dropped, punctuation removed from each
 * word, transliteration endings made alike, generational suffixes ("Jr.") dropped. Undefined for
 * a name with no letters.
 */
export function personName(name: string): PersonName | undefined {
  const words = name
    .split(/\s+/)
    .map(fold)
    .filter((w) => w.length > 0);
  while (words.length > 1 && RULES.suffixes.includes(words.at(-1) ?? '')) words.pop();
  const keys = words.map(wordKey);
  const surnameKey = keys.at(-1);
  if (surnameKey === undefined) return undefined;
  return { surnameKey, fullKey: keys.length > 1 ? keys.join(' ') : undefined };
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function wordKey(word: string): string {
  for (const [ending, as] of RULES.endings) {
    if (word.length >= ending.length + 3 && word.endsWith(ending)) {
      return word.slice(0, -ending.length) + as;
    }
  }
  return word;
}

/**
 * What a person mention stores as `fullKey`: the folded full name, or '' for a surname alone
 * (and for a name with no letters), so that both are found by one index seek.
 */
export function storedFullKey(name: string): string {
  return personName(name)?.fullKey ?? '';
}
