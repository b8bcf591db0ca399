import { isAdverb } from './word-classes.js';

const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "'s"]);
/** Adverbs that stand between the auxiliary and "been" and are not in -ly. */
const INNER_ADVERBS: ReadonlySet<string> = new Set(['long', 'always', 'also', 'since', 'often']);

/**
 * "X has been a critic of Y", "X has long been a supporter of Y", "X had always been an ally
 * of Y": a perfect "been" links the subject to an agent noun as "is" does. At most one adverb
 * stands between the auxiliary and "been"; "will be" is not read (a prediction), nor a
 * participle after "been" ("has been meeting a critic of Y", "has been accused by ...").
 */
export function opensPerfectCopula(words: readonly string[], t: number): boolean {
  if (!PERFECT_AUXILIARIES.has(words[t] ?? '')) return false;
  const next = words[t + 1] ?? '';
  const been = next === 'been' ? t + 1 : t + 2;
  if (been === t + 2 && !(INNER_ADVERBS.has(next) || isAdverb(next))) return false;
  if (words[been] !== 'been') return false;
  return !/(?:ing|ed)$/.test(words[been + 1] ?? '');
}
